import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  disclosureReceiptSchema,
  disclosureRequestSchema,
  disclosureRequestStatusSchema,
  letterRatingSchema,
  letterReceiptSchema,
  letterSubmissionSchema,
  pagedListSchema,
  problemSchema,
  publicLetterSchema,
  validate,
  type DisclosureRequest,
} from '../src/index.js';

const personRequest = (): DisclosureRequest => ({
  applicant: {
    type: 'person',
    name: '张三',
    idType: 'residentId',
    idNumber: '11010519491231002X',
    address: '示例市人民路1号',
    postcode: '730000',
    phone: '138 0013 8000',
  },
  agencyId: 'gov-office',
  description: '示例市2025年城市道路维修工程的招标文件',
  timeRange: { from: '2025-01-01', until: '2025-12-31' },
  provisionForms: ['electronic'],
  deliveryMethods: ['post'],
  privacyAccepted: true,
});

function paths(result: ReturnType<typeof validate>): string[] {
  return result.issues.map((i) => i.path).sort();
}

describe('disclosure request body', () => {
  it('accepts a good person application and normalizes identifiers', () => {
    const result = validate(disclosureRequestSchema, personRequest());
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    assert.ok(result.ok);
    assert.equal(result.value.applicant.type === 'person' && result.value.applicant.phone, '13800138000');
  });

  it('accepts an organization whose credit code only fails the checksum', () => {
    const body = {
      ...personRequest(),
      applicant: {
        type: 'organization',
        name: '示例科技有限公司',
        creditCode: '91350100M0001TGQXM',
        legalRepresentative: '李四',
        contactPerson: '王五',
        contactPhone: '0931-1234567',
        address: '示例市科技路8号',
      },
    };
    const result = validate(disclosureRequestSchema, body);
    assert.equal(result.ok, true, JSON.stringify(result.issues));
  });

  it('stores the ID number normalized: spaces, dashes, full-width digits and a lower-case x', () => {
    for (const typed of ['110105 19491231 002x', '１１０１０５１９４９１２３１００２ｘ', '110105-19491231-002X']) {
      const result = validate(disclosureRequestSchema, { ...personRequest(), applicant: { ...personRequest().applicant, idNumber: typed } });
      assert.ok(result.ok, `${typed}: ${JSON.stringify(result.issues)}`);
      assert.equal(result.value.applicant.type === 'person' && result.value.applicant.idNumber, '11010519491231002X', typed);
    }
  });

  it('refuses names, representatives and descriptions that are only whitespace (code blank), once each', () => {
    const blank = validate(disclosureRequestSchema, { ...personRequest(), applicant: { ...personRequest().applicant, name: ' \u3000\t' }, description: '   ' });
    assert.deepEqual(blank.issues.map((i) => [i.path, i.code]).sort(), [['applicant.name', 'blank'], ['description', 'blank']]);
    const org = validate(disclosureRequestSchema, {
      ...personRequest(),
      applicant: { type: 'organization', name: '某公司', creditCode: '91350100M000100Y43', legalRepresentative: ' ', contactPerson: '\n', contactPhone: '0931-1234567', address: '示例市科技路8号' },
    });
    assert.deepEqual(org.issues.map((i) => [i.path, i.code]).sort(), [['applicant.contactPerson', 'blank'], ['applicant.legalRepresentative', 'blank']]);
    assert.ok(validate(disclosureRequestSchema, { ...personRequest(), description: '  清单  ' }).ok);
  });

  it('rejects a bad application with field paths', () => {
    const body = {
      ...personRequest(),
      applicant: { type: 'person', name: '', idType: 'residentId', idNumber: '36042619910102009X', phone: '123' },
      description: undefined,
      provisionForms: [],
      deliveryMethods: ['fax'],
      privacyAccepted: false,
    };
    const result = validate(disclosureRequestSchema, body);
    assert.equal(result.ok, false);
    assert.deepEqual(paths(result), [
      'applicant.name',
      'applicant.phone',
      'deliveryMethods[0]',
      'description',
      'privacyAccepted',
      'provisionForms',
    ]);
    const byPath = new Map(result.issues.map((i) => [i.path, i]));
    assert.equal(byPath.get('description')!.code, 'required');
    assert.equal(byPath.get('applicant.phone')!.code, 'phone-format');
    assert.match(byPath.get('deliveryMethods[0]')!.message.en, /post, email, collect, onsite, online/);
    for (const issue of result.issues) {
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) assert.ok(issue.message[locale].length > 0);
    }
  });

  it('checks the resident ID and delivery needs once the fields are well-formed', () => {
    const body = personRequest();
    if (body.applicant.type !== 'person') throw new Error('fixture');
    body.applicant.idNumber = '36042619910102009X';
    delete body.applicant.address;
    body.deliveryMethods = ['post', 'email'];
    const result = validate(disclosureRequestSchema, body);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code]).sort(),
      [
        ['applicant.address', 'required'],
        ['applicant.email', 'required'],
        ['applicant.idNumber', 'resident-id-checksum'],
      ],
    );
  });

  it('accepts a passport number without a resident-ID check', () => {
    const body = personRequest();
    if (body.applicant.type !== 'person') throw new Error('fixture');
    body.applicant.idType = 'passport';
    body.applicant.idNumber = 'E12345678';
    assert.equal(validate(disclosureRequestSchema, body).ok, true);
  });

  it('rejects an unknown applicant type listing the allowed ones', () => {
    const result = validate(disclosureRequestSchema, { ...personRequest(), applicant: { type: 'company' } });
    assert.equal(result.ok, false);
    const issue = result.issues.find((i) => i.path === 'applicant.type');
    assert.ok(issue);
    assert.match(issue.message.en, /person, organization/);
  });

  it('rejects a wrong credit code length at its path', () => {
    const body = { ...personRequest(), applicant: { type: 'organization', name: 'X', creditCode: '9111', legalRepresentative: 'a', contactPerson: 'b', contactPhone: '13800138000', address: 'x' } };
    const result = validate(disclosureRequestSchema, body);
    assert.deepEqual(result.issues.map((i) => [i.path, i.code]), [['applicant.creditCode', 'credit-code-length']]);
  });

  it('drops unknown members of submitted bodies', () => {
    const result = validate(disclosureRequestSchema, { ...personRequest(), isAdmin: true });
    assert.ok(result.ok);
    assert.equal('isAdmin' in result.value, false);
  });
});

describe('receipts, status and other API bodies', () => {
  it('accepts a receipt and rejects one without a time zone', () => {
    const receipt = { trackingNumber: 'YSQ2026-000123', queryCode: 'K7P3Q9', receivedAt: '2026-11-02T10:15:00+08:00', dueDate: '2026-11-30', status: 'received' };
    assert.equal(validate(disclosureReceiptSchema, receipt).ok, true);
    const bad = validate(disclosureReceiptSchema, { ...receipt, receivedAt: '2026-11-02 10:15', dueDate: '30/11/2026' });
    assert.deepEqual(bad.issues.map((i) => [i.path, i.code]).sort(), [['dueDate', 'invalid-date'], ['receivedAt', 'invalid-date-time']]);
  });

  it('accepts a request status with a timeline and a reply', () => {
    const status = {
      trackingNumber: 'YSQ2026-000123',
      status: 'replied',
      dueDate: '2026-11-30',
      events: [
        { status: 'received', at: '2026-11-02T10:15:00+08:00' },
        { status: 'replied', at: '2026-11-20T16:00:00+08:00', note: '已答复' },
      ],
      reply: { type: 'partiallyGranted', content: '部分公开，涉及个人隐私的内容已作处理。', repliedAt: '2026-11-20T16:00:00+08:00' },
    };
    assert.equal(validate(disclosureRequestStatusSchema, status).ok, true);
    const bad = validate(disclosureRequestStatusSchema, { ...status, events: [{ status: 'lost', at: 'x' }] });
    assert.deepEqual(paths(bad), ['events[0].at', 'events[0].status']);
  });

  it('validates a letter submission, its receipt and a rating', () => {
    const letter = { type: 'suggestion', subject: '建议增设公交线路', content: '建议在新区增设一条公交线路。', name: '赵六', phone: '13800138000', mayPublish: true };
    assert.equal(validate(letterSubmissionSchema, letter).ok, true);
    const bad = validate(letterSubmissionSchema, { ...letter, type: 'question', subject: 'x'.repeat(101), mayPublish: 'yes', email: 'not-an-address' });
    assert.deepEqual(paths(bad), ['email', 'mayPublish', 'subject', 'type']);
    assert.equal(bad.issues.find((i) => i.path === 'mayPublish')!.code, 'invalid-type');
    assert.equal(validate(letterReceiptSchema, { letterNumber: 'SZXX1', queryCode: 'abc', submittedAt: '2026-11-02T10:15:00Z' }).ok, true);
    assert.equal(validate(letterRatingSchema, { satisfaction: 'basicallySatisfied' }).ok, true);
    assert.deepEqual(paths(validate(letterRatingSchema, { satisfaction: 'ok' })), ['satisfaction']);
  });

  it('validates paged lists item by item path', () => {
    const schema = pagedListSchema(publicLetterSchema);
    assert.equal(validate(schema, { items: [], page: 1, pageSize: 20, total: 0 }).ok, true);
    const bad = validate(schema, { items: [{ letterNumber: 'x' }], page: 0, pageSize: 20, total: -1 });
    assert.ok(paths(bad).includes('items[0].subject'));
    assert.ok(paths(bad).includes('page'));
    assert.ok(paths(bad).includes('total'));
  });

  it('validates problem+json with field errors', () => {
    const problem = {
      type: 'https://gongkai.example/problems/validation',
      title: '提交的内容有误',
      status: 422,
      errors: [{ path: 'applicant.phone', message: '应为 11 位手机号码' }],
    };
    assert.equal(validate(problemSchema, problem).ok, true);
    assert.deepEqual(paths(validate(problemSchema, { ...problem, status: '422' })), ['status']);
  });
});
