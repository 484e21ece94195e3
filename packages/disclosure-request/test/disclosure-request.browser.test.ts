import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { GkDisclosureRequest } from '../src/disclosure-request.js';
import { runElementContract, settled } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { runSubmissionFormSuite } from '../../../test/contract/submission-form-suite.js';
import {
  $, API, AGENCY_FILE, BROKEN_AGENCY_FILE, DRAFT_KEY, PERSON, buttonByText, choose, click, continueToCheck, control, fillPerson,
  mount, serverState, stepTitle, submitAndWaitForReceipt, text, type, waitFor,
} from './helpers.js';

const asDr = (el: HTMLElement) => el as GkDisclosureRequest;

runElementContract({
  tag: 'gk-disclosure-request',
  mount: async () => {
    await control({ reset: true });
    sessionStorage.clear();
    return mount();
  },
  brokenSrc: BROKEN_AGENCY_FILE,
  brokenPath: 'agencies',
  states: [
    { name: 'empty form' },
    { name: 'form with errors', enter: async (el) => click(asDr(el), 'form.form button[type="submit"]') },
    { name: 'organization form with a checksum warning', enter: async (el) => {
      const dr = asDr(el);
      await click(dr, '#dr-applicantType-organization');
      await type(dr, 'creditCode', '91350100M0001TGQXM');
      await click(dr, 'form.form button[type="submit"]');
    } },
    { name: 'check your answers', enter: async (el) => { await fillPerson(asDr(el)); await continueToCheck(asDr(el)); } },
    { name: 'waiting to retry', enter: async (el) => {
      const dr = asDr(el);
      await control({ fail: '500', count: 50 });
      dr.submitTiming = { baseDelayMs: 60_000, maxDelayMs: 60_000 };
      await fillPerson(dr);
      await continueToCheck(dr);
      await click(dr, 'button.submit');
      await waitFor('the retry notice', () => dr.shadowRoot!.querySelector('.retry-now') !== null);
      await control({ reset: true });
    } },
    { name: 'receipt', enter: async (el) => { await fillPerson(asDr(el)); await continueToCheck(asDr(el)); await submitAndWaitForReceipt(asDr(el)); } },
    { name: 'lookup with a reply', enter: async (el) => {
      const dr = asDr(el);
      await click(dr, '.tab:nth-child(2)');
      await type(dr, 'lookupNumber', 'YSQ2026000001');
      await type(dr, 'lookupCode', 'K7P3Q9XA');
      await click(dr, '.lookup button[type="submit"]');
      await waitFor('the status', () => dr.shadowRoot!.querySelector('.status') !== null);
    } },
  ],
});

describe('<gk-disclosure-request> application', () => {
  beforeEach(async () => {
    await control({ reset: true });
    sessionStorage.clear();
  });

  it('loads the agencies that accept applications from the api', async () => {
    const el = await mount();
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#dr-agencyId option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['请选择', '示例市人民政府办公室', '示例市市场监督管理局']);
  });

  it('files an application: check step, then a receipt with tracking number, query code, due date and explanation; the draft is cleared', async () => {
    const el = await mount();
    await fillPerson(el);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain(PERSON.description);
    await continueToCheck(el);
    const check = text(el);
    expect(check).to.contain('示例市市场监督管理局');
    expect(check).to.contain(PERSON.idNumber);
    expect(check).to.contain('电子文件');
    const submitted = oneEvent(el, 'gk-submitted');
    await submitAndWaitForReceipt(el);
    const detail = (await submitted).detail as { trackingNumber: string; dueDate: string };
    const receipt = text(el);
    expect(receipt).to.contain(detail.trackingNumber);
    expect(detail.trackingNumber).to.match(/^YSQ\d{10}$/);
    const codes = [...el.shadowRoot!.querySelectorAll('.receipt__code')].map((c) => c.textContent!.trim());
    expect(codes[1]).to.match(/^[A-Z2-9]{8}$/);
    expect(receipt).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect($(el, '.explanation').textContent).to.match(/收到申请 \d{4}-\d{2}-\d{2}；20个工作日.*→ \d{4}-\d{2}-\d{2}/);
    expect(receipt).to.contain('查询码只显示这一次');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect((await serverState()).applications).to.equal(1);
  });

  it('a double click on submit creates one application', async () => {
    const el = await mount();
    await control({ processingMs: 200 });
    await fillPerson(el);
    await continueToCheck(el);
    const button = $<HTMLButtonElement>(el, 'button.submit');
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    const state = await serverState();
    expect(state.posts).to.equal(1);
    expect(state.applications).to.equal(1);
  });

  it('a reload mid-form keeps the draft without the ID number, phone or e-mail', async () => {
    let el = await mount();
    await fillPerson(el);
    const raw = sessionStorage.getItem(DRAFT_KEY)!;
    expect(raw).to.contain(PERSON.name);
    for (const secret of [PERSON.idNumber, '13800138000', '138 0013 8000', PERSON.email]) expect(raw).not.to.contain(secret);
    const parent = el.parentElement!;
    el.remove();
    el = document.createElement('gk-disclosure-request');
    el.setAttribute('url-state', 'none');
    el.setAttribute('api', API);
    const loaded = oneEvent(el, 'gk-load');
    parent.append(el);
    await loaded;
    await settled(el);
    expect($<HTMLInputElement>(el, '#dr-name').value).to.equal(PERSON.name);
    expect($<HTMLTextAreaElement>(el, '#dr-description').value).to.equal(PERSON.description);
    expect($<HTMLSelectElement>(el, '#dr-agencyId').value).to.equal('market');
    expect($<HTMLInputElement>(el, '#dr-provisionForms-electronic').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#dr-idNumber').value).to.equal('');
    expect($<HTMLInputElement>(el, '#dr-phone').value).to.equal('');
    expect($<HTMLInputElement>(el, '#dr-email').value).to.equal('');
    expect($<HTMLInputElement>(el, '#dr-privacyAccepted').checked).to.equal(false);
  });

  it('"shared computer" turns drafts off (also after a reload) and "clear my data" empties the form and storage', async () => {
    let el = await mount();
    await type(el, 'name', '李四');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('李四');
    await click(el, '#dr-shared');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    await type(el, 'description', '某文件');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    const parent = el.parentElement!;
    el.remove();
    el = document.createElement('gk-disclosure-request');
    el.setAttribute('url-state', 'none');
    parent.append(el);
    await settled(el);
    expect($<HTMLInputElement>(el, '#dr-shared').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#dr-name').value).to.equal('');
    await click(el, '#dr-shared');
    await type(el, 'name', '王五');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('王五');
    await click(el, '.clear-data');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect($<HTMLInputElement>(el, '#dr-name').value).to.equal('');
  });

  it('going offline and back resubmits with the same key and shows one receipt', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    await control({ fail: 'drop', count: 3 });
    const states: string[] = [];
    // Sample what the applicant sees while the submission goes through its states.
    const sampler = setInterval(() => {
      const status = el.shadowRoot!.querySelector('.progress')?.textContent?.replace(/\s+/g, ' ').trim();
      if (status && states.at(-1) !== status) states.push(status);
    }, 2);
    el.submitTiming = { ...el.submitTiming, baseDelayMs: 150, maxDelayMs: 300 };
    try {
      await submitAndWaitForReceipt(el);
    } finally {
      clearInterval(sampler);
    }
    expect(states.some((s) => s.includes('申请尚未提交成功，将自动重试') && s.includes('网络连接不稳定或已断开') && s.includes('重试不会产生重复的申请') && s.includes('立即重试')), states.join('\n')).to.equal(true);
    expect(states.some((s) => s.includes('正在提交申请'))).to.equal(true);
    const state = await serverState();
    expect(state.posts).to.equal(4);
    expect(state.keys.length, 'one Idempotency-Key for every attempt').to.equal(1);
    expect(state.applications).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('.receipt').length).to.equal(1);
  });

  it('a timeout after the server stored the application gets the same receipt back on retry', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    await control({ fail: 'timeout', holdMs: 1500 });
    await submitAndWaitForReceipt(el);
    const state = await serverState();
    expect(state.posts).to.equal(2);
    expect(state.applications).to.equal(1);
  });

  it('"retry now" skips a long wait; 409 "in flight" is retried', async () => {
    const el = await mount();
    el.submitTiming = { baseDelayMs: 60_000, maxDelayMs: 60_000, inFlightDelayMs: 30 };
    await fillPerson(el);
    await continueToCheck(el);
    await control({ fail: '409' });
    await control({ fail: '500' });
    await click(el, 'button.submit');
    await waitFor('the retry button', () => el.shadowRoot!.querySelector('.retry-now') !== null);
    expect(text(el)).to.contain('下次自动重试时间');
    await click(el, '.retry-now');
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    const state = await serverState();
    expect(state.posts).to.equal(3);
    expect(state.applications).to.equal(1);
  });

  it('server field errors (422 and 400) appear on the right fields, in the summary, with nothing lost', async () => {
    for (const status of ['422', '400']) {
      sessionStorage.clear();
      const el = await mount();
      await fillPerson(el);
      await continueToCheck(el);
      await control({ fail: status, errors: [
        { path: 'applicant.phone', code: 'phone-unreachable', message: '该号码无法接收短信' },
        { path: 'timeRange.until', message: '结束日期不能晚于今天' },
      ] });
      const failed = oneEvent(el, 'gk-submit-failed');
      await click(el, 'button.submit');
      const detail = (await failed).detail as { status: number; issues: Array<{ path: string }> };
      expect(detail.status).to.equal(Number(status));
      await waitFor('the form with errors', () => el.shadowRoot!.querySelector('.gk-error-summary') !== null);
      await settled(el);
      expect($(el, '#dr-phone-error').textContent).to.contain('该号码无法接收短信');
      expect($(el, '#dr-phone').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#dr-timeUntil-error').textContent).to.contain('结束日期不能晚于今天');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.gk-error-summary'));
      expect($<HTMLInputElement>(el, '#dr-idNumber').value).to.equal(PERSON.idNumber);
      expect($<HTMLInputElement>(el, '#dr-phone').value).to.equal(PERSON.phone);
      el.parentElement!.remove();
      await control({ reset: true });
    }
  });

  it('a key reused with another body is refused by the server; the element makes a new key when an answer changes', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    const first = oneEvent(el, 'gk-submit');
    // Change an answer through the change link, then continue again: a new application, a new key.
    buttonByText(el, '修改：所需政府信息的名称或内容描述').click();
    await waitFor('the form', () => stepTitle(el) === '填写申请');
    await type(el, 'description', `${PERSON.description}（第二份）`);
    await continueToCheck(el);
    await click(el, 'button.submit');
    const key = ((await first).detail as { idempotencyKey: string }).idempotencyKey;
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    const response = await fetch('/test-api/disclosure/requests', { method: 'POST', headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' }, body: '{"other":true}' });
    expect(response.status).to.equal(422);
    const missing = await fetch('/test-api/disclosure/requests', { method: 'POST', body: '{}' });
    expect(missing.status).to.equal(400);
  });
});

const PENDING_KEY = 'gongkai:disclosure-request:pending';

/** Starts sending; the stub stores the application but its answer never arrives; then the page "reloads". */
async function sendAndReload(el: GkDisclosureRequest): Promise<{ el: GkDisclosureRequest; key: string }> {
  el.submitTiming = { ...el.submitTiming, timeoutMs: 60_000 };
  await control({ fail: 'timeout', holdMs: 5000 });
  const started = oneEvent(el, 'gk-submit');
  await click(el, 'button.submit');
  const key = ((await started).detail as { idempotencyKey: string }).idempotencyKey;
  for (let i = 0; i < 200 && (await serverState()).applications === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect((await serverState()).applications, 'the lost attempt was stored').to.equal(1);
  const parent = el.parentElement!;
  el.remove(); // the answer is lost with the page
  const next = document.createElement('gk-disclosure-request');
  next.setAttribute('url-state', 'none');
  next.setAttribute('api', API);
  next.submitTiming = { timeoutMs: 500, baseDelayMs: 30, maxDelayMs: 120, inFlightDelayMs: 30 };
  const loaded = oneEvent(next, 'gk-load');
  parent.append(next);
  await loaded;
  await settled(next);
  return { el: next, key };
}

/** What a returning applicant retypes: the fields never stored, and the consent. */
async function retypePersonal(el: GkDisclosureRequest, overrides: Partial<typeof PERSON> = {}): Promise<void> {
  const v = { ...PERSON, ...overrides };
  await type(el, 'idNumber', v.idNumber);
  await type(el, 'phone', v.phone);
  await type(el, 'email', v.email);
  await click(el, '#dr-privacyAccepted');
}

function expectNoPersonalData(): void {
  for (let i = 0; i < sessionStorage.length; i++) {
    const value = sessionStorage.getItem(sessionStorage.key(i)!)!;
    for (const secret of [PERSON.idNumber, '13800138000', '138 0013 8000', PERSON.email, '13900139000', '139 0013 9000']) {
      expect(value, `${sessionStorage.key(i)} holds ${secret}`).not.to.contain(secret);
    }
  }
}

describe('<gk-disclosure-request> reload while sending', () => {
  beforeEach(async () => {
    await control({ reset: true });
    sessionStorage.clear();
  });

  it('the same personal fields retyped after a reload: the key is reused, one application, one receipt', async () => {
    const first = await mount();
    await fillPerson(first);
    await continueToCheck(first);
    const { el, key } = await sendAndReload(first);
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY)!) as Record<string, unknown>;
    expect(Object.keys(pending).sort()).to.deep.equal(['expiresAt', 'idempotencyKey', 'startedAt', 'v']);
    expect(pending['idempotencyKey']).to.equal(key);
    expectNoPersonalData();
    expect($(el, '.pending-notice').textContent).to.contain('有一份申请正在提交');
    await expectNoAxeViolations(el, 'reload notice');
    expect($<HTMLInputElement>(el, '#dr-idNumber').value).to.equal('');
    await retypePersonal(el);
    await continueToCheck(el);
    const resent = oneEvent(el, 'gk-submit');
    await submitAndWaitForReceipt(el);
    expect(((await resent).detail as { idempotencyKey: string }).idempotencyKey).to.equal(key);
    const state = await serverState();
    expect(state.applications).to.equal(1);
    expect(state.keys).to.deep.equal([key]);
    expect(el.shadowRoot!.querySelectorAll('.receipt').length).to.equal(1);
    expect(sessionStorage.getItem(PENDING_KEY), 'a 201 clears the pending record').to.equal(null);
  });

  it('a changed phone after a reload: plain words, nothing filed twice, a new application only by explicit choice', async () => {
    const first = await mount();
    await fillPerson(first);
    await continueToCheck(first);
    const { el, key } = await sendAndReload(first);
    await retypePersonal(el, { phone: '139 0013 9000' });
    await continueToCheck(el);
    await click(el, 'button.submit');
    await waitFor('the "may already have been received" message', () => el.shadowRoot!.querySelector('.key-reused') !== null);
    await expectNoAxeViolations(el, 'key reused');
    await settled(el);
    expect(text(el)).to.contain('这份申请可能已经提交过，本次没有提交');
    expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
    expect((await serverState()).applications, 'nothing filed twice').to.equal(1);
    expectNoPersonalData();
    // "Check the application" goes back to the form with everything typed; resending is refused again.
    await click(el, '.back-to-form');
    await waitFor('the form', () => stepTitle(el) === '填写申请');
    expect($<HTMLInputElement>(el, '#dr-phone').value).to.equal('139 0013 9000');
    await continueToCheck(el);
    await click(el, 'button.submit');
    await waitFor('the message again', () => el.shadowRoot!.querySelector('.key-reused') !== null);
    expect((await serverState()).applications).to.equal(1);
    // The status lookup is offered.
    await click(el, '.reused-lookup');
    expect(el.shadowRoot!.querySelector('.tab[aria-current="page"]')?.textContent).to.contain('查询办理进度');
    await click(el, '.tab:nth-child(1)');
    await waitFor('the message', () => el.shadowRoot!.querySelector('.send-as-new') !== null);
    // Only the explicit choice files a second application, with a new key.
    const resent = oneEvent(el, 'gk-submit');
    await click(el, '.send-as-new');
    const newKey = ((await resent).detail as { idempotencyKey: string }).idempotencyKey;
    expect(newKey).not.to.equal(key);
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    const state = await serverState();
    expect(state.applications).to.equal(2);
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
  });

  it('also within one page: back to the form, change the phone, resend → the same key, refused, not filed twice', async () => {
    const el = await mount();
    el.submitTiming = { timeoutMs: 300, maxAutoAttempts: 1 };
    await fillPerson(el);
    await continueToCheck(el);
    await control({ fail: 'timeout', holdMs: 1000 });
    await click(el, 'button.submit');
    await waitFor('"not sent" with a way back', () => text(el).includes('返回修改申请'));
    expect((await serverState()).applications).to.equal(1);
    buttonByText(el, '返回修改申请').click();
    await waitFor('the form', () => stepTitle(el) === '填写申请');
    expect(el.shadowRoot!.querySelector('.pending-notice'), 'the notice is for a reload only').to.equal(null);
    await type(el, 'phone', '139 0013 9000');
    await continueToCheck(el);
    await click(el, 'button.submit');
    await waitFor('the "may already have been received" message', () => el.shadowRoot!.querySelector('.key-reused') !== null);
    const state = await serverState();
    expect(state.applications).to.equal(1);
    expect(state.keys.length).to.equal(1);
  });

  it('on a shared computer: no draft, but the pending key survives the reload; retyping everything gives the one receipt', async () => {
    const first = await mount();
    await click(first, '#dr-shared');
    await fillPerson(first);
    await continueToCheck(first);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    const { el, key } = await sendAndReload(first);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!).idempotencyKey).to.equal(key);
    expectNoPersonalData();
    expect($<HTMLInputElement>(el, '#dr-shared').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#dr-name').value).to.equal('');
    expect($(el, '.pending-notice').textContent).to.contain('有一份申请正在提交');
    await fillPerson(el);
    await continueToCheck(el);
    await submitAndWaitForReceipt(el);
    const state = await serverState();
    expect(state.applications).to.equal(1);
    expect(state.keys).to.deep.equal([key]);
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
  });

  it('"clear my data" discards the pending record and its notice', async () => {
    const first = await mount();
    await fillPerson(first);
    await continueToCheck(first);
    const { el } = await sendAndReload(first);
    expect(sessionStorage.getItem(PENDING_KEY)).not.to.equal(null);
    await click(el, '.clear-data');
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
    expect(el.shadowRoot!.querySelector('.pending-notice')).to.equal(null);
  });
});

describe('<gk-disclosure-request> validation', () => {
  beforeEach(async () => {
    await control({ reset: true });
    sessionStorage.clear();
  });

  it('an empty form gets an error summary that takes focus, links to each field, and the same messages beside the fields', async () => {
    const el = await mount();
    await click(el, 'form.form button[type="submit"]');
    await settled(el);
    const summary = $(el, '.gk-error-summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      '请填写姓名', '请填写证件号码', '请填写联系电话', '请选择受理申请的行政机关', '请描述您需要的政府信息',
      '请至少选择一种提供形式', '请至少选择一种获取方式', '请阅读并同意个人信息保护说明',
    ]);
    expect($(el, '#dr-name-error').textContent).to.contain('请填写姓名');
    links[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#dr-idNumber'));
  });

  it('normalizes identifiers (full-width digits, spaces, hyphens, lower-case x) and rejects a wrong check digit', async () => {
    const el = await mount();
    await fillPerson(el, { idNumber: '１１０１０５ １９４９-１２３１ ００２ｘ', phone: '+86 138-0013-8000' });
    await continueToCheck(el);
    await click(el, 'button.submit');
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);

    const other = await mount();
    await fillPerson(other, { idNumber: '36042619910102009X' });
    await click(other, 'form.form button[type="submit"]');
    await settled(other);
    expect($(other, '#dr-idNumber-error').textContent).to.contain('校验位');
    expect($<HTMLInputElement>(other, '#dr-idNumber').value).to.equal('36042619910102009X');
  });

  it('an organization switches the fields, keeps the name, and may continue past a credit-code checksum warning', async () => {
    const el = await mount();
    await type(el, 'name', '示例科技有限公司');
    await click(el, '#dr-applicantType-organization');
    expect(el.shadowRoot!.querySelector('#dr-idNumber')).to.equal(null);
    expect($<HTMLInputElement>(el, '#dr-name').value).to.equal('示例科技有限公司');
    expect($(el, 'label[for="dr-name"]').textContent).to.contain('名称');
    expect($(el, '#dr-name').getAttribute('autocomplete')).to.equal('organization');
    await type(el, 'creditCode', '91350100M0001TGQXM');
    await type(el, 'legalRepresentative', '赵六');
    await type(el, 'contactPerson', '钱七');
    await type(el, 'phone', '0591-12345678');
    await choose(el, 'agencyId', 'gov-office');
    await type(el, 'description', '某项目环评批复');
    await click(el, '#dr-provisionForms');
    await click(el, '#dr-deliveryMethods-collect');
    await click(el, '#dr-privacyAccepted');
    await continueToCheck(el);
    expect(text(el)).to.contain('统一社会信用代码校验位不符');
    await submitAndWaitForReceipt(el);
    expect((await serverState()).applications).to.equal(1);
  });

  it('delivery by post needs an address; by e-mail an e-mail address', async () => {
    const el = await mount();
    await fillPerson(el, { email: '', address: '' });
    await click(el, '#dr-deliveryMethods');
    await click(el, 'form.form button[type="submit"]');
    await settled(el);
    expect($(el, '#dr-address-error').textContent).to.contain('邮寄');
    expect($(el, '#dr-email-error').textContent).to.contain('电子邮件');
  });

  it('a change link on the check step returns to the form with focus on that field', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    buttonByText(el, '修改：联系电话').click();
    await waitFor('the form', () => stepTitle(el) === '填写申请');
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#dr-phone'));
  });
});

describe('<gk-disclosure-request> lookup', () => {
  beforeEach(async () => {
    await control({ reset: true });
    sessionStorage.clear();
  });

  async function lookUp(el: GkDisclosureRequest, number: string, code: string): Promise<void> {
    await type(el, 'lookupNumber', number);
    await type(el, 'lookupCode', code);
    await click(el, '.lookup button[type="submit"]');
    await waitFor('an answer', () => el.shadowRoot!.querySelector('.status, .lookup__status .gk-notice') !== null);
    await settled(el);
  }

  it('shows status, timeline, due date with explanation and the reply as text; unsafe links are not links', async () => {
    const el = await mount();
    await click(el, '.tab:nth-child(2)');
    await lookUp(el, 'YSQ2026000001', 'K7P3Q9XA');
    const shown = text(el);
    expect(shown).to.contain('已答复');
    expect(shown).to.contain('部分公开');
    expect(shown).to.contain('2026年3月12日');
    expect(shown).to.contain('2月15日至23日春节放假');
    expect(shown).to.contain('已登记受理');
    expect($(el, '.reply__content').textContent).to.contain('<b>部分公开</b>');
    expect(el.shadowRoot!.querySelector('.reply__content b')).to.equal(null);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.attachments a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/test-api/files/reply.pdf']);
    expect(shown).to.contain('不安全的链接');
  });

  it('a wrong code and a wrong number give the same message', async () => {
    const el = await mount();
    await click(el, '.tab:nth-child(2)');
    await lookUp(el, 'YSQ2026000001', 'WRONG123');
    const wrongCode = $(el, '.lookup__status').textContent!.trim();
    await lookUp(el, 'YSQ2099999999', 'K7P3Q9XA');
    const wrongNumber = $(el, '.lookup__status').textContent!.trim();
    expect(wrongCode).to.contain('未找到与该申请编号和查询码对应的申请');
    expect(wrongNumber).to.equal(wrongCode);
  });

  it('finds a just-filed application with its receipt codes', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    await submitAndWaitForReceipt(el);
    const [number, code] = [...el.shadowRoot!.querySelectorAll('.receipt__code')].map((c) => c.textContent!.trim());
    await click(el, '.tab:nth-child(2)');
    await lookUp(el, number!, code!);
    expect(text(el)).to.contain('已提交，待登记受理');
  });
});

describe('<gk-disclosure-request> without api, keyboard, URL, print, locales, 320 px', () => {
  beforeEach(async () => {
    await control({ reset: true });
    sessionStorage.clear();
  });

  it('without api: agencies from src, a notice, and a print-and-post path instead of submit', async () => {
    const el = await mount({ src: AGENCY_FILE });
    expect(text(el)).to.contain('本网站尚未开通在线提交');
    await fillPerson(el);
    await continueToCheck(el);
    expect(el.shadowRoot!.querySelector('button.submit')).to.equal(null);
    expect(buttonByText(el, '打印申请表')).to.exist;
    await click(el, '.tab:nth-child(2)');
    expect(text(el)).to.contain('本网站尚未开通在线查询');
    await expectNoAxeViolations(el, 'lookup without api');
  });

  it('without api or src: the agency is a text field', async () => {
    const el = await mount({});
    expect($(el, '#dr-agencyId').tagName).to.equal('INPUT');
  });

  it('prints the application as 政府信息公开申请表 and hides the controls', async () => {
    const el = await mount();
    await fillPerson(el);
    await continueToCheck(el);
    await emulateMedia({ media: 'print' });
    try {
      const printed = $(el, '.print-form');
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(printed.textContent).to.contain('政府信息公开申请表');
      expect(printed.textContent).to.contain(PERSON.idNumber);
      expect(printed.textContent).to.contain('申请人签名');
      expect(getComputedStyle($(el, '.check')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, '.print-form')).display).to.equal('none');
  });

  it('keeps the step in the URL; Back from the check step returns to the form', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const el = await mount({ api: API, 'url-state': 'hash' });
    await fillPerson(el);
    await continueToCheck(el);
    expect(location.hash).to.contain('dr.step=check');
    history.back();
    await waitFor('the form', () => stepTitle(el) === '填写申请');
    expect($<HTMLInputElement>(el, '#dr-idNumber').value).to.equal(PERSON.idNumber);
    await click(el, '.tab:nth-child(2)');
    expect(location.hash).to.contain('dr.step=lookup');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    async function tabTo(id: string): Promise<void> {
      for (let i = 0; i < 60 && active()?.id !== id; i++) await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal(id);
    }
    await tabTo('dr-name');
    await sendKeys({ type: PERSON.name });
    await tabTo('dr-idNumber');
    await sendKeys({ type: PERSON.idNumber });
    await tabTo('dr-phone');
    await sendKeys({ type: '13800138000' });
    await tabTo('dr-agencyId');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('dr-description');
    await sendKeys({ type: PERSON.description });
    await tabTo('dr-provisionForms');
    await sendKeys({ press: 'Space' });
    await tabTo('dr-deliveryMethods-collect');
    await sendKeys({ press: 'Space' });
    await tabTo('dr-privacyAccepted');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active()?.textContent).to.contain('继续');
    await sendKeys({ press: 'Enter' });
    await waitFor('the check step', () => stepTitle(el) === '核对申请内容');
    await settled(el);
    expect(active()?.classList.contains('step-title')).to.equal(true);
    for (let i = 0; i < 60 && !active()?.classList.contains('submit'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    expect((await serverState()).applications).to.equal(1);
    before.remove();
  });

  it('speaks English and Traditional Chinese', async () => {
    const en = await mount({ api: API }, 'en');
    expect($(en, 'label[for="dr-name"]').textContent).to.contain('Name');
    expect(text(en)).to.contain('Check your answers'.slice(0, 5));
    const hant = await mount({ api: API }, 'zh-Hant');
    expect(text(hant)).to.contain('申請人');
  });

  it('fits 320 px without horizontal scrolling, on the form and the receipt', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      const base = $(el, '[part~="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await fillPerson(el);
      await continueToCheck(el);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await submitAndWaitForReceipt(el);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

runSubmissionFormSuite<GkDisclosureRequest>({
  tag: 'gk-disclosure-request',
  mount: (lang) => mount({ api: API }, lang),
  control,
  serverState: async () => {
    const state = await serverState();
    return { ...state, stored: state.applications };
  },
  fill: fillPerson,
  check: (el) => click(el, 'form.form button[type="submit"]'),
  send: async (el) => {
    await continueToCheck(el);
    await click(el, 'button.submit');
  },
  changePersonal: (el) => type(el, 'phone', '139 0013 9000'),
  draftKey: DRAFT_KEY,
  pendingKey: 'gongkai:disclosure-request:pending',
  draftText: PERSON.description,
  personalText: PERSON.idNumber,
  sharedSwitch: 'dr-shared',
  words: { en: 'Name', 'zh-Hant': '申請人' },
});
