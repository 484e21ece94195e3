/**
 * SubmissionController in Chromium, on a small host form against the mailbox slice of the REST
 * contract (test/servers/mailbox-stub.mjs, real HTTP through the test runner's server): drafts
 * and the shared-computer switch, the error summary's focus, the idempotency key's lifecycle, the
 * pending-submission store across a "reload", retry states, the server's field errors, key
 * reused and "send as new", and the three events.
 */
import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { createIdempotencyKey, isKeyReused } from '@gongkai/client';
import { letterSubmission } from '@gongkai/client/endpoints';
import type { LetterReceipt, LetterSubmission } from '@gongkai/schema';
import { GkElement } from '../src/base/gk-element.js';
import { SubmissionController } from '../src/controllers/submission.js';
import type { SubmitTiming } from '../src/controllers/submission.js';
import { renderErrorSummary } from '../src/views/error-summary.js';

type Field = 'subject' | 'content' | 'phone';
interface Values { subject: string; content: string; phone: string }

const STORAGE = 'gongkai:test-form';
const chunk = { createIdempotencyKey, isKeyReused };
const FAST: SubmitTiming = { timeoutMs: 500, baseDelayMs: 20, maxDelayMs: 60, inFlightDelayMs: 20 };

class TestForm extends GkElement {
  static override properties = { api: { type: String } };
  declare api: string | undefined;
  submitTiming: SubmitTiming | undefined = FAST;
  step: 'form' | 'sending' | 'receipt' = 'form';
  /** Problems the contract's schema would find (set by a test). */
  schemaIssues: { path: string; message: { 'zh-Hans': string; 'zh-Hant': string; en: string } }[] = [];

  readonly form = new SubmissionController<Field, Values, LetterSubmission, LetterReceipt>(this, {
    storageKey: STORAGE,
    draftFields: ['subject', 'content'],
    empty: () => ({ subject: '', content: '', phone: '' }),
    restore: (draft) => ({ subject: String(draft['subject'] ?? ''), content: String(draft['content'] ?? ''), phone: '' }),
    fieldOrder: ['subject', 'content', 'phone'],
    fieldId: (field) => `t-${field}`,
    fieldForPath: (path) => (['subject', 'content', 'phone'].includes(path) ? (path as Field) : undefined),
    fallbackField: 'content',
    chunk: () => Promise.resolve(chunk),
    toBody: (_chunk, v) => ({ type: 'suggestion', subject: v.subject, content: v.content, name: '王五', phone: v.phone, mayPublish: false }),
    checkBody: () => this.schemaIssues,
    create: (_chunk, start) => letterSubmission({ ...start, parse: (value) => value as LetterReceipt }),
    submitDetail: (body, idempotencyKey) => ({ type: body.type, idempotencyKey }),
    submittedDetail: (receipt) => ({ letterNumber: receipt.letterNumber, submittedAt: receipt.submittedAt }),
    showSending: () => void (this.step = 'sending'),
    showReceipt: () => void (this.step = 'receipt'),
    showForm: () => void (this.step = 'form'),
  });

  override render() {
    return html`${renderErrorSummary(this.form.summary)}
      ${(['subject', 'content', 'phone'] as const).map((f) => html`<input id=${`t-${f}`} aria-label=${f} .value=${this.form.values[f]} />`)}`;
  }
}
customElements.define('gk-test-submission-form', TestForm);

async function control(body: Record<string, unknown>): Promise<void> {
  const response = await fetch('/test-api/mailbox/_control', { method: 'POST', body: JSON.stringify(body) });
  expect(response.ok).to.equal(true);
}
const serverState = async (): Promise<{ posts: number; letters: number; keys: string[] }> => (await fetch('/test-api/mailbox/_state')).json();

async function mount(api: string | null = '/test-api/'): Promise<TestForm> {
  const el = await fixture<TestForm>(fixtureHtml`<gk-test-submission-form lang="zh-Hans"></gk-test-submission-form>`);
  if (api) el.api = api;
  await el.updateComplete;
  return el;
}

/** Mounts a fresh element over the same sessionStorage, as a reload does. */
async function reload(el: TestForm): Promise<TestForm> {
  el.remove();
  return mount(el.api ?? null);
}

const letter = { subject: '路灯不亮', content: '人民路 3 号门口的路灯坏了两周。', phone: '13900001111' };

async function waitFor(what: string, predicate: () => boolean): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SubmissionController', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await control({ reset: true });
  });
  afterEach(() => control({ reset: true }));

  it('keeps a draft of the allow-listed fields only, and restores it', async () => {
    const el = await mount();
    el.form.update(letter);
    const stored = sessionStorage.getItem(`${STORAGE}:draft`)!;
    expect(stored).to.contain('路灯不亮');
    expect(stored).not.to.contain('13900001111');
    const again = await reload(el);
    expect(again.form.values).to.deep.equal({ subject: letter.subject, content: letter.content, phone: '' });
  });

  it('the shared-computer switch removes the draft, stops drafts and is itself remembered', async () => {
    const el = await mount();
    el.form.update(letter);
    el.form.setShared(true);
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.equal(null);
    el.form.update({ subject: '另一个标题' });
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.equal(null);
    const again = await reload(el);
    expect(again.form.shared).to.equal(true);
    expect(again.form.values.subject).to.equal('');
    again.form.setShared(false);
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.contain('content');
  });

  it('shows errors in page order in a summary that takes focus', async () => {
    const el = await mount();
    await el.form.showErrors({ phone: '请填写联系电话', subject: '请填写标题' });
    expect(el.form.summary.map((e) => e.fieldId)).to.deep.equal(['t-subject', 't-phone']);
    expect(el.shadowRoot!.activeElement?.classList.contains('gk-error-summary')).to.equal(true);
    el.form.clearErrors();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.gk-error-summary')).to.equal(null);
  });

  it('places the schema check on fields (unknown paths on the fallback) and sends nothing', async () => {
    const el = await mount();
    el.form.update(letter);
    const text = (t: string) => ({ 'zh-Hans': t, 'zh-Hant': t, en: t });
    el.schemaIssues = [{ path: 'phone', message: text('电话格式不对') }, { path: 'attachments[0]', message: text('附件有误') }];
    await el.form.send();
    expect(el.form.errors).to.deep.equal({ phone: '电话格式不对', content: '附件有误' });
    expect((await serverState()).posts).to.equal(0);
  });

  it('sends once with one key, fires gk-submit and gk-submitted, clears draft and pending record', async () => {
    const el = await mount();
    el.form.update(letter);
    const submitted = oneEvent(el, 'gk-submitted');
    const submit = oneEvent(el, 'gk-submit');
    void el.form.send();
    void el.form.send(); // a double click
    const key = ((await submit) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey;
    expect(JSON.parse(sessionStorage.getItem(`${STORAGE}:pending`)!).idempotencyKey).to.equal(key);
    const receipt = ((await submitted) as CustomEvent<{ letterNumber: string }>).detail;
    expect(el.form.receipt?.letterNumber).to.equal(receipt.letterNumber);
    expect(el.step).to.equal('receipt');
    expect(await serverState()).to.include({ posts: 1, letters: 1 });
    expect(sessionStorage.getItem(`${STORAGE}:pending`)).to.equal(null);
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.equal(null);
    el.form.startOver();
    expect(el.form.receipt).to.equal(undefined);
    expect(el.form.values.subject).to.equal('');
  });

  it('shows the waiting state after a 500, retries with the same key, and retryNow skips the wait', async () => {
    await control({ fail: '500', count: 2 });
    const el = await mount();
    el.submitTiming = { ...FAST, baseDelayMs: 60_000, maxDelayMs: 60_000 };
    el.form.update(letter);
    const submitted = oneEvent(el, 'gk-submitted');
    await el.form.send();
    await waitFor('the waiting state', () => el.form.state?.phase === 'waiting');
    el.form.retryNow();
    await waitFor('the second wait', () => el.form.state?.phase === 'waiting' && el.form.state.attempt === 2);
    el.form.retryNow();
    await submitted;
    const state = await serverState();
    expect(state.posts).to.equal(3);
    expect(new Set(state.keys).size).to.equal(1);
  });

  it('puts the server field errors on the fields, back on the form, with gk-submit-failed', async () => {
    await control({ fail: '422', count: 1, errors: [{ path: 'phone', message: '请填写正确的手机号码' }, { path: 'somewhere', message: '其他问题' }] });
    const el = await mount();
    el.form.update(letter);
    const failed = oneEvent(el, 'gk-submit-failed');
    await el.form.send();
    expect(((await failed) as CustomEvent<{ status: number }>).detail.status).to.equal(422);
    await waitFor('the field error', () => el.form.errors.phone !== undefined);
    expect(el.form.errors.phone).to.equal('请填写正确的手机号码');
    expect(el.step).to.equal('form');
    expect(el.form.values.phone).to.equal(letter.phone);
  });

  it('reuses the pending key after a reload; another body is refused as key reused; send as new makes a new key', async () => {
    // The first attempt is stored but its answer is lost; the page is reloaded meanwhile.
    await control({ fail: 'timeout', count: 1, holdMs: 200 });
    const first = await mount();
    first.form.update(letter);
    const submit = oneEvent(first, 'gk-submit');
    await first.form.send();
    const key = ((await submit) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey;
    const el = await reload(first);
    expect(el.form.pendingSince).to.be.a('number');
    expect(sessionStorage.getItem(`${STORAGE}:pending`)).not.to.contain('路灯');

    // Retyped with another phone: the same key, another body → 422 key reused, nothing filed twice.
    let stored = 0;
    await waitFor('the first letter stored', () => {
      void serverState().then((state) => (stored = state.letters));
      return stored === 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // its held answer is over: no longer in flight
    el.form.update({ ...letter, phone: '13900002222' });
    const failed = oneEvent(el, 'gk-submit-failed');
    const again = oneEvent(el, 'gk-submit');
    await el.form.send();
    expect(((await again) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey).to.equal(key);
    await failed;
    await waitFor('key reused', () => el.form.keyReused);
    expect((await serverState()).letters).to.equal(1);

    // The writer's explicit choice: a new key, a second letter.
    const asNew = oneEvent(el, 'gk-submit');
    const submitted = oneEvent(el, 'gk-submitted');
    await el.form.sendAsNew();
    expect(((await asNew) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey).not.to.equal(key);
    await submitted;
    expect(el.form.keyReused).to.equal(false);
    expect((await serverState()).letters).to.equal(2);
  });

  it('keeps the key while the body is unchanged and makes a new one when it changes', async () => {
    const el = await mount();
    el.form.update(letter);
    const body = await el.form.prepare();
    expect(body?.subject).to.equal(letter.subject);
    const keys: string[] = [];
    el.addEventListener('gk-submit', (event) => keys.push((event as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey));
    await el.form.send();
    await waitFor('the receipt', () => el.form.receipt !== undefined);
    el.form.update({ subject: '路灯又坏了' });
    await el.form.send();
    await waitFor('the second receipt', () => keys.length === 2 && el.form.state?.phase === 'done');
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('back to the form cancels the retries; clear() forgets values, draft and the pending record', async () => {
    await control({ fail: 'drop', count: 5 });
    const el = await mount();
    el.submitTiming = { ...FAST, baseDelayMs: 60_000, maxDelayMs: 60_000 };
    el.form.update(letter);
    await el.form.send();
    await waitFor('the waiting state', () => el.form.state?.phase === 'waiting');
    el.form.backToForm();
    expect(el.form.state).to.equal(undefined);
    expect(el.step).to.equal('form');
    expect(sessionStorage.getItem(`${STORAGE}:pending`), 'an attempt may have reached the server').not.to.equal(null);
    el.form.clear();
    expect(el.form.values).to.deep.equal({ subject: '', content: '', phone: '' });
    expect(el.form.pendingSince).to.equal(undefined);
    expect(sessionStorage.getItem(`${STORAGE}:pending`)).to.equal(null);
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.equal(null);
  });

  it('sends nothing without an api', async () => {
    const el = await mount(null);
    el.form.update(letter);
    await el.form.send();
    expect(el.form.state).to.equal(undefined);
    expect((await serverState()).posts).to.equal(0);
  });
});
