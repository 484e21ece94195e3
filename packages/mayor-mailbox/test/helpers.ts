/** Helpers for the browser tests of <gk-mayor-mailbox> against test/servers/mailbox-stub.mjs. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { GkMayorMailbox, SubmitTiming } from '../src/mayor-mailbox.js';
import { settled } from '../../../test/contract/element-contract.js';

export const API = '/test-api/';
export const FILE = '/test-api/mailbox/files/letters.json';
export const FILE_WITH_STATS = '/test-api/mailbox/files/letters-with-stats.json';
export const BROKEN_FILE = '/test-api/mailbox/files/letters-broken.json';
export const DRAFT_KEY = 'gongkai:mayor-mailbox:draft';
export const SEEDED = { letterNumber: 'XJ-20261020-000901', queryCode: 'Q7K9M2PA' };
/** Short timings so retries happen within a test; never asserted as times. */
export const FAST: SubmitTiming = { timeoutMs: 500, baseDelayMs: 30, maxDelayMs: 120, inFlightDelayMs: 30 };

export const LETTER = {
  type: 'suggestion',
  subject: '建议增加夜间公交班次',
  content: '下晚班后乘坐 12 路公交车经常要等半个小时，建议晚上 9 点后加密班次。',
  name: '李四',
  phone: '139 0000 1111',
  email: 'lisi@example.cn',
  address: '示例市人民路 1 号',
};

export async function control(body: Record<string, unknown>): Promise<void> {
  const response = await fetch('/test-api/mailbox/_control', { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`control failed: ${response.status}`);
}

export interface StubState {
  posts: number;
  letters: number;
  keys: string[];
  ratings: number;
  lastBody: Record<string, unknown> | undefined;
}

export async function serverState(): Promise<StubState> {
  return (await fetch('/test-api/mailbox/_state')).json();
}

export async function mount(attrs: Record<string, string> = { api: API }, lang = 'zh-Hans'): Promise<GkMayorMailbox> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('gk-mayor-mailbox');
  if (!('url-state' in attrs)) el.setAttribute('url-state', 'none');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.submitTiming = FAST;
  const loaded = oneEvent(el, 'gk-load');
  wrapper.append(el);
  await loaded;
  await settled(el);
  return el;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function text(el: Element, selector?: string): string {
  const node = selector ? el.shadowRoot!.querySelector(selector) : el.shadowRoot;
  return (node?.textContent ?? '').replace(/\s+/g, ' ');
}

export async function waitFor(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function viewTitle(el: Element): string {
  return el.shadowRoot!.querySelector('.view-title')?.textContent?.trim() ?? '';
}

export async function type(el: GkMayorMailbox, field: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#mm-${field}`);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: GkMayorMailbox, selector: string): Promise<void> {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

export function buttonByText(el: Element, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, '').includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

export async function showView(el: GkMayorMailbox, view: 'write' | 'letters' | 'lookup' | 'stats'): Promise<void> {
  $<HTMLButtonElement>(el, `.tab[data-view="${view}"]`).click();
  await settled(el);
  await waitFor(`the ${view} view`, () => !el.shadowRoot!.querySelector('.gk-loading'));
  await settled(el);
}

/** Fills a valid letter (not publishable unless asked). */
export async function fillLetter(el: GkMayorMailbox, overrides: Partial<typeof LETTER> = {}, options: { publish?: boolean } = {}): Promise<void> {
  const v = { ...LETTER, ...overrides };
  await type(el, 'type', v.type);
  await type(el, 'subject', v.subject);
  await type(el, 'content', v.content);
  await type(el, 'name', v.name);
  await type(el, 'phone', v.phone);
  await type(el, 'email', v.email);
  await type(el, 'address', v.address);
  if (options.publish) await click(el, '#mm-mayPublish');
  await click(el, '#mm-privacyAccepted');
}

export async function submitAndWaitForReceipt(el: GkMayorMailbox): Promise<void> {
  await click(el, 'button.submit');
  await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
  await settled(el);
}

export async function lookUp(el: GkMayorMailbox, letterNumber: string, queryCode: string): Promise<void> {
  await type(el, 'lookup-letterNumber', letterNumber);
  await type(el, 'lookup-queryCode', queryCode);
  $<HTMLFormElement>(el, '.lookup__form').requestSubmit();
  await waitFor('the lookup answer', () => Boolean(el.shadowRoot!.querySelector('.lookup__result, .not-found, .lookup .field__error')));
  await settled(el);
}
