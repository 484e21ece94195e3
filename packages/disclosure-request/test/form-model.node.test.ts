import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate, disclosureRequestSchema } from '@gongkai/schema';
import { DRAFT_FIELDS, emptyValues, fieldForPath, valuesFromDraft } from '../src/form-model.js';
import { toRequestBody } from '../src/request-body.js';

describe('form model', () => {
  it('builds a contract-valid body with normalized identifiers and without empty optional fields', () => {
    const values = {
      ...emptyValues(),
      name: ' 张三 ',
      idNumber: '１１０１０５ １９４９-１２３１ ００２ｘ',
      phone: '+86 138-0013-8000',
      postcode: '７３００００',
      agencyId: 'market',
      description: '某文件',
      timeFrom: '2025-01-01',
      provisionForms: ['electronic', 'paper'] as const,
      deliveryMethods: ['online'] as const,
      privacyAccepted: true,
    };
    const body = toRequestBody({ ...values, provisionForms: [...values.provisionForms], deliveryMethods: [...values.deliveryMethods] });
    assert.deepEqual(body, {
      applicant: { type: 'person', name: '张三', idType: 'residentId', idNumber: '11010519491231002X', postcode: '730000', phone: '13800138000' },
      agencyId: 'market',
      description: '某文件',
      timeRange: { from: '2025-01-01' },
      provisionForms: ['paper', 'electronic'],
      deliveryMethods: ['online'],
      privacyAccepted: true,
    });
    assert.equal(validate(disclosureRequestSchema, body).ok, true);
  });

  it('an organization sends its contact phone as contactPhone', () => {
    const body = toRequestBody({ ...emptyValues(), applicantType: 'organization', name: '示例公司', creditCode: '91110000600037341l', legalRepresentative: '赵', contactPerson: '钱', phone: '010 1234 5678', agencyId: 'a', description: 'd', provisionForms: ['paper'], deliveryMethods: ['collect'], privacyAccepted: true });
    assert.deepEqual(body.applicant, { type: 'organization', name: '示例公司', creditCode: '91110000600037341L', legalRepresentative: '赵', contactPerson: '钱', contactPhone: '010-12345678' });
  });

  it('maps contract paths to form fields', () => {
    assert.equal(fieldForPath('applicant.contactPhone'), 'phone');
    assert.equal(fieldForPath('applicant.idNumber'), 'idNumber');
    assert.equal(fieldForPath('timeRange.until'), 'timeUntil');
    assert.equal(fieldForPath('provisionForms[0]'), 'provisionForms');
    assert.equal(fieldForPath('somethingElse'), undefined);
  });

  it('drafts never hold the ID number, phone, e-mail or consent, and a draft restores only well-formed values', () => {
    for (const field of ['idNumber', 'phone', 'email', 'privacyAccepted']) assert.ok(!(DRAFT_FIELDS as readonly string[]).includes(field), field);
    const values = valuesFromDraft({ name: '张三', idNumber: 'x', applicantType: 'robot', provisionForms: ['paper', 'fax', 3], idType: 'nope' });
    assert.equal(values.name, '张三');
    assert.equal(values.idNumber, '');
    assert.equal(values.applicantType, 'person');
    assert.equal(values.idType, 'residentId');
    assert.deepEqual(values.provisionForms, ['paper']);
  });
});
