/**
 * <gk-mayor-mailbox> in Chromium against test/servers/mailbox-stub.mjs, a handler that speaks the
 * mailbox slice of the REST contract and fails on demand.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runElementContract, settled } from '../../../test/contract/element-contract.js';
import { runCollectionElementSuite } from '../../../test/contract/collection-suite.js';
import { runSubmissionFormSuite } from '../../../test/contract/submission-form-suite.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { mountWithSource, observeSource } from '../../../test/helpers/observed-source.js';
import { InMemorySource } from '@gongkai/client';
import type { GkMayorMailbox } from '../src/mayor-mailbox.js';
import {
  $, API, BROKEN_FILE, DRAFT_KEY, FILE, FILE_WITH_STATS, LETTER, SEEDED,
  buttonByText, click, control, fillLetter, lookUp, mount, serverState, showView, submitAndWaitForReceipt, text, type, viewTitle, waitFor,
} from './helpers.js';

const ID_NUMBER = '11010519491231002X';

beforeEach(async () => {
  await control({ reset: true });
  sessionStorage.clear();
});

const enterSummary = async (el: HTMLElement) => {
  await click(el as GkMayorMailbox, 'button.submit');
};
const enterPii = async (el: HTMLElement) => {
  await fillLetter(el as GkMayorMailbox, { content: `我的身份证号是 ${ID_NUMBER}` }, { publish: true });
  await click(el as GkMayorMailbox, 'button.submit');
  await waitFor('the personal-data check', () => Boolean(el.shadowRoot!.querySelector('.pii-check')));
};
const enterWaiting = async (el: HTMLElement) => {
  await control({ fail: '500', count: 50 });
  await fillLetter(el as GkMayorMailbox);
  await click(el as GkMayorMailbox, 'button.submit');
  await waitFor('a retry', () => Boolean(el.shadowRoot!.querySelector('.retry-now')));
};
const enterReceipt = async (el: HTMLElement) => {
  await fillLetter(el as GkMayorMailbox);
  await submitAndWaitForReceipt(el as GkMayorMailbox);
};
const enterLookup = async (el: HTMLElement) => {
  await showView(el as GkMayorMailbox, 'lookup');
  await lookUp(el as GkMayorMailbox, SEEDED.letterNumber, SEEDED.queryCode);
};
const enterRated = async (el: HTMLElement) => {
  await enterLookup(el);
  await click(el as GkMayorMailbox, '#mm-rating-basicallySatisfied');
  $<HTMLFormElement>(el, 'form.rating').requestSubmit();
  await waitFor('the thanks', () => Boolean(el.shadowRoot!.querySelector('.rating-done')));
};

runElementContract({
  tag: 'gk-mayor-mailbox',
  mount: () => mount({ api: API }),
  brokenSrc: BROKEN_FILE,
  brokenPath: 'letters',
  states: [
    { name: 'write form' },
    { name: 'error summary', enter: enterSummary },
    { name: 'personal-data warning', enter: enterPii },
    { name: 'not sent yet, will retry', enter: enterWaiting },
    { name: 'receipt', enter: enterReceipt },
    { name: 'lookup result with rating form', enter: enterLookup },
    { name: 'rated', enter: enterRated },
    { name: 'statistics from the server', enter: (el) => showView(el as GkMayorMailbox, 'stats') },
  ],
});

runElementContract({
  tag: 'gk-mayor-mailbox',
  mount: () => mount({ src: FILE }),
  brokenSrc: BROKEN_FILE,
  brokenPath: 'letters',
  states: [
    { name: 'public letters' },
    {
      name: 'filtered, no results',
      enter: async (el) => {
        await type(el as GkMayorMailbox, 'search', '不存在的内容');
        await settled(el);
      },
    },
    {
      name: 'letter',
      enter: async (el) => {
        $<HTMLAnchorElement>(el, '.letter-link').click();
        await waitFor('the letter', () => Boolean(el.shadowRoot!.querySelector('.letter')));
      },
    },
    { name: 'statistics from the file', enter: (el) => showView(el as GkMayorMailbox, 'stats') },
    { name: 'lookup without a server', enter: (el) => showView(el as GkMayorMailbox, 'lookup') },
  ],
});

describe('<gk-mayor-mailbox> writing', () => {
  it('shows an error summary that takes focus, links each field, and keeps what was typed', async () => {
    const el = await mount();
    await type(el, 'subject', '路灯不亮');
    await type(el, 'phone', '12345');
    await click(el, 'button.submit');
    await settled(el);
    const summary = $(el, '.gk-error-summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#mm-type', '#mm-content', '#mm-name', '#mm-phone', '#mm-privacyAccepted']);
    expect(text(el, '#mm-phone-error')).to.contain('手机号码');
    expect($<HTMLInputElement>(el, '#mm-subject').value).to.equal('路灯不亮');
    expect($<HTMLInputElement>(el, '#mm-phone').value).to.equal('12345');
    expect($(el, '#mm-phone').getAttribute('aria-invalid')).to.equal('true');
    (summary.querySelector('a[href="#mm-phone"]') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#mm-phone'));
    expect((await serverState()).posts).to.equal(0);
  });

  it('counts characters visibly and announces the count politely only after a pause', async () => {
    const el = await mount();
    const live = $(el, '.counter-live');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    for (const value of ['一', '一二', '一二三', '一二三四']) await type(el, 'content', value);
    expect(text(el, '#mm-content-count')).to.contain('4,996');
    expect(live.textContent!.trim(), 'nothing announced while typing').to.equal('');
    await waitFor('the announcement', () => live.textContent!.trim() !== '', 4000);
    expect(live.textContent).to.contain('4,996');
    await type(el, 'content', 'x'.repeat(5003));
    expect(text(el, '#mm-content-count')).to.contain('已超出 3 字');
  });

  it('sends the letter once with an Idempotency-Key and shows the receipt only after 201', async () => {
    const el = await mount();
    await fillLetter(el);
    const submitted = oneEvent(el, 'gk-submitted');
    await click(el, 'button.submit');
    expect(el.shadowRoot!.querySelector('.receipt'), 'no receipt before the answer').to.equal(null);
    const event = (await submitted) as CustomEvent<{ letterNumber: string }>;
    await settled(el);
    const state = await serverState();
    expect(state.letters).to.equal(1);
    expect(state.keys).to.have.length(1);
    expect(state.lastBody).to.deep.equal({
      type: 'suggestion', subject: LETTER.subject, content: LETTER.content, name: '李四', phone: '13900001111',
      email: 'lisi@example.cn', address: '示例市人民路 1 号', mayPublish: false,
    });
    expect(text(el, '[data-code="letterNumber"]')).to.equal(event.detail.letterNumber);
    expect(text(el, '[data-code="queryCode"]')).to.match(/^[A-Z2-9]{8}$/);
    expect(viewTitle(el)).to.equal('信件已提交');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.view-title'));
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('looks the new letter up with the number and code of the receipt', async () => {
    const el = await mount();
    await fillLetter(el);
    await submitAndWaitForReceipt(el);
    const number = text(el, '[data-code="letterNumber"]');
    const code = text(el, '[data-code="queryCode"]');
    await showView(el, 'lookup');
    await lookUp(el, number, code);
    expect(text(el, '.lookup__status')).to.contain('已收到');
    expect(text(el, '.letter__subject')).to.equal(LETTER.subject);
    expect(el.shadowRoot!.querySelector('form.rating'), 'no rating before a reply').to.equal(null);
  });

  it('retries after a lost answer with the same key: one letter, one receipt', async () => {
    await control({ fail: 'timeout', holdMs: 1500 });
    const el = await mount();
    await fillLetter(el);
    await submitAndWaitForReceipt(el);
    const state = await serverState();
    expect(state.posts).to.be.greaterThan(1);
    expect(state.letters).to.equal(1);
    expect(state.keys).to.have.length(1);
  });

  for (const fail of ['500', '409', 'drop'] as const) {
    it(`recovers from ${fail} by retrying`, async () => {
      await control({ fail, count: 2 });
      const el = await mount();
      await fillLetter(el);
      await submitAndWaitForReceipt(el);
      const state = await serverState();
      expect(state.posts).to.equal(3);
      expect(state.letters).to.equal(1);
    });
  }

  it('shows "retry now" while waiting and sends at once when pressed', async () => {
    await control({ fail: '500', count: 6 });
    const el = await mount();
    el.submitTiming = { timeoutMs: 500, baseDelayMs: 60_000, maxDelayMs: 60_000, maxAutoAttempts: 6 };
    await fillLetter(el);
    await click(el, 'button.submit');
    await waitFor('the retry button', () => Boolean(el.shadowRoot!.querySelector('.retry-now')));
    expect(text(el, '.progress')).to.contain('将自动重试');
    expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
    await control({ reset: true });
    await click(el, '.retry-now');
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    expect((await serverState()).letters).to.equal(1);
  });

  it('words the waiting state in the page language, the shared parts from @gongkai/ui included', async () => {
    await control({ fail: '500', count: 6 });
    const el = await mount({ api: API }, 'en');
    el.submitTiming = { timeoutMs: 500, baseDelayMs: 60_000, maxDelayMs: 60_000, maxAutoAttempts: 6 };
    await fillLetter(el);
    await click(el, 'button.submit');
    await waitFor('the retry button', () => Boolean(el.shadowRoot!.querySelector('.retry-now')));
    const progress = text(el, '.progress');
    expect(progress).to.contain('Your letter has not been sent yet');
    expect(progress).to.contain('The server is busy.');
    expect(progress).to.match(/Next attempt at \d\d:\d\d:\d\d\./);
    expect(progress).to.contain('Retrying never sends the letter twice.');
    expect(text(el, '.retry-now').trim()).to.equal('Retry now');
    await control({ reset: true });
  });

  for (const status of ['422', '400'] as const) {
    it(`puts the server's ${status} field errors on the fields, keeping every value`, async () => {
      await control({ fail: status, errors: [{ path: 'phone', code: 'phone', message: '该号码无法接收短信，请填写其他联系电话' }] });
      const el = await mount();
      const failed = oneEvent(el, 'gk-submit-failed');
      await fillLetter(el);
      await click(el, 'button.submit');
      const event = (await failed) as CustomEvent<{ status: number }>;
      expect(event.detail.status).to.equal(Number(status));
      await waitFor('the form', () => Boolean(el.shadowRoot!.querySelector('.gk-error-summary')));
      await settled(el);
      expect(text(el, '#mm-phone-error')).to.contain('无法接收短信');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.gk-error-summary'));
      expect($<HTMLTextAreaElement>(el, '#mm-content').value).to.equal(LETTER.content);
      expect($<HTMLInputElement>(el, '#mm-name').value).to.equal(LETTER.name);
    });
  }

  it('a letter corrected after a field-error refusal is filed once (the refused attempt stored nothing)', async () => {
    await control({ fail: '422', errors: [{ path: 'phone', message: '号码有误' }] });
    const el = await mount();
    await fillLetter(el);
    await click(el, 'button.submit');
    await waitFor('the form', () => Boolean(el.shadowRoot!.querySelector('.gk-error-summary')));
    await type(el, 'phone', '13800138000');
    await submitAndWaitForReceipt(el);
    const state = await serverState();
    expect(state.letters).to.equal(1);
    expect(state.keys).to.have.length(1); // the refused attempt stored no key
  });
});

describe('<gk-mayor-mailbox> personal data', () => {
  it('warns before sending a publishable letter with an ID number, phone or e-mail', async () => {
    const el = await mount();
    await fillLetter(el, { content: `请联系我：13800138000，lisi@example.cn，身份证 ${ID_NUMBER}` }, { publish: true });
    expect(text(el, '#mm-content-pii')).to.contain('身份证号码、电话号码、电子邮箱');
    await click(el, 'button.submit');
    await waitFor('the check', () => Boolean(el.shadowRoot!.querySelector('.pii-check')));
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.pii-check'));
    expect((await serverState()).posts, 'nothing sent yet').to.equal(0);
    await click(el, '.pii-edit');
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#mm-content'));
    expect(el.shadowRoot!.querySelector('.pii-check')).to.equal(null);
  });

  it('"send without publishing" sends mayPublish false', async () => {
    const el = await mount();
    await fillLetter(el, { content: `联系电话 139-0000-1111` }, { publish: true });
    await click(el, 'button.submit');
    await waitFor('the check', () => Boolean(el.shadowRoot!.querySelector('.pii-check')));
    await click(el, '.pii-private');
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    expect((await serverState()).lastBody?.['mayPublish']).to.equal(false);
  });

  it('does not warn when the letter stays private, or when the text has no personal data', async () => {
    const el = await mount();
    await fillLetter(el, { content: `身份证 ${ID_NUMBER}` });
    expect(el.shadowRoot!.querySelector('#mm-content-pii')).to.equal(null);
    await submitAndWaitForReceipt(el);
    const el2 = await mount();
    await fillLetter(el2, {}, { publish: true });
    await submitAndWaitForReceipt(el2);
    expect((await serverState()).lastBody?.['mayPublish']).to.equal(true);
  });

  it('keeps drafts without personal fields, and without a text that contains personal data', async () => {
    const el = await mount();
    await fillLetter(el);
    const draft = sessionStorage.getItem(DRAFT_KEY)!;
    expect(draft).to.contain(LETTER.subject);
    // The values only: the draft's timestamps are digits too, and may well contain "139".
    const values = JSON.stringify((JSON.parse(draft) as { values: unknown }).values);
    for (const personal of [LETTER.name, '139', 'lisi@example.cn', '人民路']) expect(values).not.to.contain(personal);
    for (const personal of [LETTER.phone, LETTER.phone.replace(/\D/g, '')]) expect(draft).not.to.contain(personal);
    await type(el, 'content', `身份证 ${ID_NUMBER}`);
    expect(sessionStorage.getItem(DRAFT_KEY)).not.to.contain(ID_NUMBER);
    await type(el, 'content', LETTER.content);
    el.remove();
    const again = await mount();
    expect($<HTMLInputElement>(again, '#mm-subject').value).to.equal(LETTER.subject);
    expect($<HTMLTextAreaElement>(again, '#mm-content').value).to.equal(LETTER.content);
    expect($<HTMLInputElement>(again, '#mm-name').value).to.equal('');
    expect($<HTMLInputElement>(again, '#mm-phone').value).to.equal('');
  });
});

describe('<gk-mayor-mailbox> keyboard only', () => {
  it('writes and sends a letter with the keyboard alone', async () => {
    const el = await mount();
    $<HTMLButtonElement>(el, '.tab[data-view="write"]').focus();
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i++) await sendKeys({ press: key });
    };
    await press('Tab', 4); // past the other three tabs, to the type select
    expect(el.shadowRoot!.activeElement?.id).to.equal('mm-type');
    await press('ArrowDown', 2); // 建议 (suggestion)
    await press('Tab');
    await sendKeys({ type: 'Road lights' });
    await press('Tab');
    await sendKeys({ type: 'The lights on Jiefang Road have been off for a month.' });
    await press('Tab');
    await sendKeys({ type: 'Li Si' });
    await press('Tab');
    await sendKeys({ type: '13900001111' });
    await press('Tab', 3); // e-mail, address (optional), then the publish choice
    expect(el.shadowRoot!.activeElement?.id).to.equal('mm-mayPublish');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.id).to.equal('mm-privacyAccepted');
    await press('Space');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.classList.contains('submit')).to.equal(true);
    await press('Enter');
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.view-title'));
    const body = (await serverState()).lastBody!;
    expect(body['type']).to.equal('suggestion');
    expect(body['subject']).to.equal('Road lights');
    expect(body['phone']).to.equal('13900001111');
    await press('Tab'); // the copy button is reachable
    expect(el.shadowRoot!.activeElement?.classList.contains('copy')).to.equal(true);
  });
});

describe('<gk-mayor-mailbox> public letters', () => {
  it('lists letters with type, date, status and unit, pages through them, and filters by type and status', async () => {
    const el = await mount({ src: FILE });
    expect(text(el, '.result-count')).to.contain('25');
    expect(el.shadowRoot!.querySelectorAll('.result')).to.have.length(20);
    const first = text(el, '.result');
    expect(first).to.contain('感谢').and.to.contain('2026年10月25日').and.to.contain('已答复').and.to.contain('示例市教育局');
    buttonByText(el, '下一页').click();
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('.result')).to.have.length(5);
    buttonByText(el, '求助').click();
    await settled(el);
    expect(text(el, '.result-count')).to.contain('6');
    buttonByText(el, '已办结').click();
    await settled(el);
    expect(text(el, '.result-count')).to.contain('找到 3 封');
    await type(el, 'search', '没有这样的信');
    await settled(el);
    expect(text(el, '.gk-empty')).to.contain('没有找到');
    buttonByText(el, '清除搜索和筛选条件').click();
    await settled(el);
    expect(text(el, '.result-count')).to.contain('25');
  });

  it('finds Chinese text without spaces and Traditional forms of it', async () => {
    const el = await mount({ src: FILE });
    await type(el, 'search', '停車');
    await settled(el);
    expect(text(el, '.result-count')).to.contain('7');
    expect(el.shadowRoot!.querySelector('.result mark')?.textContent).to.equal('停车');
  });

  it('opens a letter with its content, replies and rating; personal data as the file gives it', async () => {
    const el = await mount({ src: FILE });
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.letter-link')].find((a) => a.dataset['id'] === 'XJ-20261008-000008')!;
    const selected = oneEvent(el, 'gk-select');
    link.click();
    expect(((await selected) as CustomEvent<{ id: string }>).detail.id).to.equal('XJ-20261008-000008');
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.letter__subject'));
    expect(text(el, '.letter')).to.contain('联系电话138****1234');
    expect(text(el, '.reply')).to.contain('示例市住房和城乡建设局').and.to.contain('答复第 8 号').and.to.contain('2026年10月8日');
    expect(text(el, '.satisfaction')).to.equal('满意');
    await click(el, 'button.back');
    await settled(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('XJ-20261008-000008');
  });

  it('keeps the view and the open letter in the URL; Back closes the letter', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const el = await mount({ src: FILE, 'url-state': 'hash' });
    await showView(el, 'stats');
    expect(location.hash).to.contain('mm.view=stats');
    await showView(el, 'letters');
    $<HTMLAnchorElement>(el, '.letter-link').click();
    await waitFor('the letter', () => Boolean(el.shadowRoot!.querySelector('.letter')));
    expect(location.hash).to.match(/mm\.letter=XJ-20261025-000025/);
    history.back();
    await waitFor('the list', () => Boolean(el.shadowRoot!.querySelector('.results')));
    el.remove();
    // A shared link opens the letter directly.
    history.replaceState(null, '', '#mm.view=letters&mm.letter=XJ-20261003-000003');
    const opened = await mount({ src: FILE, 'url-state': 'hash' });
    await waitFor('the letter', () => Boolean(opened.shadowRoot!.querySelector('.letter')));
    expect(text(opened, '.letter__subject')).to.contain('（3）');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('reads the list from the REST API with filters', async () => {
    const el = await mount({ api: API });
    await showView(el, 'letters');
    expect(text(el, '.result-count')).to.contain('25');
    buttonByText(el, '投诉').click();
    await waitFor('the filter', () => text(el, '.result-count').includes(' 3 '));
  });

  it('says writing and lookup need the online service in static mode, linking write-url when safe', async () => {
    const el = await mount({ src: FILE, 'write-url': 'https://www.example.gov.cn/xinxiang' });
    await showView(el, 'write');
    expect(text(el, '.offline')).to.contain('在线写信需要门户网站的在线服务');
    expect($<HTMLAnchorElement>(el, '.offline a').href).to.equal('https://www.example.gov.cn/xinxiang');
    expect(el.shadowRoot!.querySelector('form.form')).to.equal(null);
    await showView(el, 'lookup');
    expect(text(el, '.offline')).to.contain('查询信件需要');
    const unsafe = await mount({ src: FILE, 'write-url': 'javascript:alert(1)' });
    await showView(unsafe, 'write');
    expect(unsafe.shadowRoot!.querySelector('.offline a')).to.equal(null);
  });
});

describe('<gk-mayor-mailbox> lookup and rating', () => {
  it('one answer for a wrong number or code', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    await lookUp(el, SEEDED.letterNumber, 'WRONG123');
    expect(text(el, '.not-found')).to.contain('没有找到这封信件');
    await lookUp(el, 'XJ-00000000-000000', SEEDED.queryCode);
    expect(text(el, '.not-found')).to.contain('没有找到这封信件');
  });

  it('asks for both fields before looking up', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    $<HTMLFormElement>(el, '.lookup__form').requestSubmit();
    await waitFor('the errors', () => Boolean(el.shadowRoot!.querySelector('#mm-lookup-letterNumber-error')));
    await settled(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('mm-lookup-letterNumber');
    expect(text(el, '#mm-lookup-queryCode-error')).to.contain('查询码');
  });

  it('shows status, timeline and reply, and accepts a rating once', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.lookup__status'));
    expect(text(el, '.lookup__status')).to.contain('已答复');
    expect($(el, '.timeline [aria-current="step"]').textContent).to.contain('已答复');
    expect(text(el, '.reply')).to.contain('路灯已于 10 月 23 日恢复照明');
    // Without a choice: an error on the group.
    $<HTMLFormElement>(el, 'form.rating').requestSubmit();
    await waitFor('the error', () => Boolean(el.shadowRoot!.querySelector('#mm-rating-error')));
    expect((await serverState()).ratings).to.equal(0);
    await click(el, '#mm-rating-unsatisfied');
    await type(el, 'rating-comment', '维修太慢');
    $<HTMLFormElement>(el, 'form.rating').requestSubmit();
    await waitFor('the thanks', () => Boolean(el.shadowRoot!.querySelector('.rating-done')));
    expect(text(el, '.rating-done')).to.contain('不满意');
    expect(el.shadowRoot!.querySelector('form.rating'), 'the form is gone').to.equal(null);
    expect((await serverState()).ratings).to.equal(1);
    // A second attempt (another tab, an old page) is refused by the server and said so.
    const again = await mount();
    await showView(again, 'lookup');
    await lookUp(again, SEEDED.letterNumber, SEEDED.queryCode);
    expect(again.shadowRoot!.querySelector('form.rating')).to.equal(null);
    expect(text(again, '.lookup')).to.contain('您已评价：不满意');
    const direct = await fetch(`/test-api/mailbox/letters/${SEEDED.letterNumber}/rating`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Query-Code': SEEDED.queryCode }, body: JSON.stringify({ satisfaction: 'satisfied' }),
    });
    expect(direct.status).to.equal(409);
    expect((await serverState()).ratings).to.equal(1);
  });

  it('says so when the server refuses a rating because the letter was rated meanwhile', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    await fetch(`/test-api/mailbox/letters/${SEEDED.letterNumber}/rating`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Query-Code': SEEDED.queryCode }, body: JSON.stringify({ satisfaction: 'satisfied' }),
    });
    await click(el, '#mm-rating');
    $<HTMLFormElement>(el, 'form.rating').requestSubmit();
    await waitFor('the refusal', () => Boolean(el.shadowRoot!.querySelector('form.rating [role="alert"]')));
    expect(text(el, 'form.rating [role="alert"]')).to.contain('只能评价一次');
    expect((await serverState()).ratings).to.equal(1);
  });
});

describe('<gk-mayor-mailbox> statistics', () => {
  const figure = (el: Element, name: string) => text(el, `[data-figure="${name}"]`).trim();
  const rows = (el: Element, index: number) =>
    [...el.shadowRoot!.querySelectorAll('.stats-table')[index]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

  it('computes the figures of a file without stats: hand-counted fixture', async () => {
    const el = await mount({ src: FILE });
    await showView(el, 'stats');
    await waitFor('the figures', () => Boolean(el.shadowRoot!.querySelector('.figures')));
    expect(figure(el, 'received')).to.equal('25');
    expect(figure(el, 'replied')).to.equal('20');
    expect(figure(el, 'replyRate')).to.equal('80%');
    expect(figure(el, 'satisfactionRate')).to.equal('73.3%');
    expect(figure(el, 'onTimeRate')).to.equal('暂无');
    expect(rows(el, 0)).to.deep.equal([['咨询', '10', '40%'], ['建议', '4', '16%'], ['投诉', '3', '12%'], ['求助', '6', '24%'], ['感谢', '2', '8%']]);
    expect(rows(el, 1)).to.deep.equal([
      ['示例市住房和城乡建设局', '9', '36%'], ['示例市交通运输局', '7', '28%'], ['示例市民政局', '5', '20%'], ['示例市教育局', '4', '16%'],
    ]);
    const svg = $(el, '.chart svg');
    expect(svg.getAttribute('role')).to.equal('img');
    const title = svg.querySelector('title')!;
    expect(svg.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(title.textContent).to.contain('咨询 10').and.to.contain('感谢 2');
    expect(svg.querySelectorAll('rect')).to.have.length(5);
    expect(text(el, '.stats')).to.contain('根据本页公开的信件计算');
  });

  it('shows a file\'s published stats, with letters per unit counted from its letters', async () => {
    const el = await mount({ src: FILE_WITH_STATS });
    await showView(el, 'stats');
    await waitFor('the figures', () => Boolean(el.shadowRoot!.querySelector('.figures')));
    expect(figure(el, 'received')).to.equal('1,000');
    expect(figure(el, 'replyRate')).to.equal('95%');
    expect(rows(el, 1)[0]).to.deep.equal(['示例市住房和城乡建设局', '9', '36%']);
  });

  it('shows the server\'s statistics as percentages, in English too', async () => {
    const el = await mount({ api: API }, 'en');
    await showView(el, 'stats');
    await waitFor('the figures', () => Boolean(el.shadowRoot!.querySelector('.figures')));
    expect(figure(el, 'received')).to.equal('1,000');
    expect(figure(el, 'replied')).to.equal('950');
    expect(figure(el, 'replyRate')).to.equal('95%');
    expect(figure(el, 'onTimeRate')).to.equal('98.7%');
    expect(figure(el, 'satisfactionRate')).to.equal('90%');
    expect(el.shadowRoot!.querySelectorAll('.stats-table'), 'by type and, from the server\'s byUnit, by unit').to.have.length(2);
    expect(rows(el, 0)[0]).to.deep.equal(['Consultation', '400', '40%']);
    await expectNoAxeViolations(el, 'statistics in English');
  });
});

describe('<gk-mayor-mailbox> a slow search', () => {
  it('says it is searching while a slow answer is on its way, then shows the count', async () => {
    const file = await (await fetch(FILE)).json();
    const observed = observeSource(new InMemorySource(file, 'mailbox-letters'), { holdSearches: true });
    const el = await mountWithSource<GkMayorMailbox>('gk-mayor-mailbox', observed.source);
    await type(el, 'search', '停車');
    await waitFor('the searching note', () => text(el, '.result-count').includes('正在查找…'));
    observed.release();
    await waitFor('the count again', () => text(el, '.result-count').includes('找到 7 封'));
  });
});

runCollectionElementSuite({
  tag: 'gk-mayor-mailbox',
  api: API,
  control: '/test-api/mailbox/_control',
  failGet: 'letters',
  showList: (el) => showView(el as GkMayorMailbox, 'letters'),
});

runSubmissionFormSuite<GkMayorMailbox>({
  tag: 'gk-mayor-mailbox',
  mount: (lang) => mount({ api: API }, lang),
  control,
  serverState: async () => {
    const state = await serverState();
    return { ...state, stored: state.letters };
  },
  fill: (el) => fillLetter(el),
  check: (el) => click(el, 'button.submit'),
  send: (el) => click(el, 'button.submit'),
  changePersonal: (el) => type(el, 'phone', '138 0013 8000'),
  draftKey: DRAFT_KEY,
  pendingKey: 'gongkai:mayor-mailbox:pending',
  draftText: LETTER.subject,
  personalText: LETTER.phone,
  sharedSwitch: 'mm-shared',
  words: { en: 'Write a letter', 'zh-Hant': '寫信' },
});
