/**
 * <gk-mayor-mailbox>: a reload while a letter is being sent (the stub stored the letter, its
 * answer was lost). The pending Idempotency-Key is kept in sessionStorage (key and times only):
 * the same details retyped give one letter and one receipt; a changed phone gets the plain-language
 * "may already have been received" view, and a second letter only by explicit choice.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { settled } from '../../../test/contract/element-contract.js';
import type { GkMayorMailbox } from '../src/mayor-mailbox.js';
import { $, API, DRAFT_KEY, LETTER, click, control, fillLetter, mount, serverState, showView, submitAndWaitForReceipt, text, type, waitFor } from './helpers.js';

const PENDING_KEY = 'gongkai:mayor-mailbox:pending';

beforeEach(async () => {
  await control({ reset: true });
  sessionStorage.clear();
});

async function writeLetter(): Promise<GkMayorMailbox> {
  const el = await mount();
  await showView(el, 'write');
  await fillLetter(el);
  return el;
}

/** Sends; the stub stores the letter and holds its answer; the page "reloads" before it arrives. */
async function sendAndReload(el: GkMayorMailbox): Promise<{ el: GkMayorMailbox; key: string }> {
  el.submitTiming = { ...el.submitTiming, timeoutMs: 60_000 };
  await control({ fail: 'timeout', holdMs: 5000 });
  const started = oneEvent(el, 'gk-submit');
  await click(el, 'button.submit');
  const key = ((await started).detail as { idempotencyKey: string }).idempotencyKey;
  for (let i = 0; i < 200 && (await serverState()).letters === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect((await serverState()).letters, 'the lost attempt was stored').to.equal(1);
  const parent = el.parentElement!;
  el.remove();
  const next = document.createElement('gk-mayor-mailbox');
  next.setAttribute('url-state', 'none');
  next.setAttribute('api', API);
  next.submitTiming = { timeoutMs: 500, baseDelayMs: 30, maxDelayMs: 120, inFlightDelayMs: 30 };
  const loaded = oneEvent(next, 'gk-load');
  parent.append(next);
  await loaded;
  await settled(next);
  await showView(next, 'write');
  await waitFor('the pending notice', () => next.shadowRoot!.querySelector('.pending-notice') !== null);
  return { el: next, key };
}

async function retypePersonal(el: GkMayorMailbox, overrides: Partial<typeof LETTER> = {}): Promise<void> {
  const v = { ...LETTER, ...overrides };
  await type(el, 'name', v.name);
  await type(el, 'phone', v.phone);
  await type(el, 'email', v.email);
  await type(el, 'address', v.address);
  await click(el, '#mm-privacyAccepted');
}

function expectNoPersonalData(): void {
  for (let i = 0; i < sessionStorage.length; i++) {
    const value = sessionStorage.getItem(sessionStorage.key(i)!)!;
    for (const secret of [LETTER.name, LETTER.phone, '13900001111', LETTER.email, LETTER.address, '13800138000']) {
      expect(value, `${sessionStorage.key(i)} holds ${secret}`).not.to.contain(secret);
    }
  }
}

describe('<gk-mayor-mailbox> reload while sending', () => {
  it('the same details retyped: the key is reused, one letter, one receipt; the record holds no personal data', async () => {
    const { el, key } = await sendAndReload(await writeLetter());
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY)!) as Record<string, unknown>;
    expect(Object.keys(pending).sort()).to.deep.equal(['expiresAt', 'idempotencyKey', 'startedAt', 'v']);
    expect(pending['idempotencyKey']).to.equal(key);
    expectNoPersonalData();
    expect(text(el, '.pending-notice')).to.contain('有一封信件正在提交');
    await expectNoAxeViolations(el, 'reload notice');
    expect($<HTMLTextAreaElement>(el, '#mm-content').value, 'the draft is back').to.equal(LETTER.content);
    expect($<HTMLInputElement>(el, '#mm-phone').value).to.equal('');
    await retypePersonal(el);
    const resent = oneEvent(el, 'gk-submit');
    await submitAndWaitForReceipt(el);
    expect(((await resent).detail as { idempotencyKey: string }).idempotencyKey).to.equal(key);
    const state = await serverState();
    expect(state.letters).to.equal(1);
    expect(state.keys).to.deep.equal([key]);
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
  });

  it('a changed phone: plain words, nothing filed twice; a new letter only by explicit choice', async () => {
    const { el, key } = await sendAndReload(await writeLetter());
    await retypePersonal(el, { phone: '138 0013 8000' });
    await click(el, 'button.submit');
    await waitFor('the "may already have been received" view', () => el.shadowRoot!.querySelector('.key-reused') !== null);
    await expectNoAxeViolations(el, 'key reused');
    expect(text(el)).to.contain('这封信件可能已经提交过，本次没有提交');
    expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
    expect((await serverState()).letters).to.equal(1);
    expectNoPersonalData();
    await click(el, '.back-to-form');
    await waitFor('the form', () => el.shadowRoot!.querySelector('#mm-phone') !== null);
    expect($<HTMLInputElement>(el, '#mm-phone').value).to.equal('138 0013 8000');
    await click(el, 'button.submit');
    await waitFor('the view again', () => el.shadowRoot!.querySelector('.send-as-new') !== null);
    expect((await serverState()).letters).to.equal(1);
    const resent = oneEvent(el, 'gk-submit');
    await click(el, '.send-as-new');
    expect(((await resent).detail as { idempotencyKey: string }).idempotencyKey).not.to.equal(key);
    await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
    expect((await serverState()).letters).to.equal(2);
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
  });

  it('on a shared computer: no draft, but the pending key survives; retyping the whole letter gives the one receipt', async () => {
    const first = await mount();
    await showView(first, 'write');
    await click(first, '#mm-shared');
    await fillLetter(first);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    const { el, key } = await sendAndReload(first);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!).idempotencyKey).to.equal(key);
    expectNoPersonalData();
    expect($<HTMLTextAreaElement>(el, '#mm-content').value).to.equal('');
    await fillLetter(el);
    await submitAndWaitForReceipt(el);
    const state = await serverState();
    expect(state.letters).to.equal(1);
    expect(state.keys).to.deep.equal([key]);
  });

  it('"clear" discards the pending record; the draft store never held it', async () => {
    const { el } = await sendAndReload(await writeLetter());
    expect(sessionStorage.getItem(DRAFT_KEY) ?? '').not.to.contain('idempotencyKey');
    await click(el, '.clear-data');
    expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
  });
});
