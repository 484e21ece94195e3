/** Helpers for the browser tests of <gk-disclosure-request> against the REST contract stub. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { GkDisclosureRequest, SubmitTiming } from '../src/disclosure-request.js';
import { settled } from '../../../test/contract/element-contract.js';

export const API = '/test-api/';
export const AGENCY_FILE = '/test-api/files/agency-directory.json';
export const BROKEN_AGENCY_FILE = '/test-api/files/agency-directory-broken.json';
export const DRAFT_KEY = 'gongkai:disclosure-request:draft';
/** Short timings so retries happen within a test; never asserted as times. */
export const FAST: SubmitTiming = { timeoutMs: 500, baseDelayMs: 30, maxDelayMs: 120, inFlightDelayMs: 30 };

export const PERSON = {
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '138 0013 8000',
  email: 'zhangsan@example.cn',
  address: '示例市人民路 1 号',
  description: '2025 年示例市老旧小区改造项目的资金安排文件',
};

export async function control(body: Record<string, unknown>): Promise<void> {
  const response = await fetch('/test-api/_control', { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`control failed: ${response.status}`);
}

export async function serverState(): Promise<{ posts: number; applications: number; keys: string[] }> {
  return (await fetch('/test-api/_state')).json();
}

export async function mount(attrs: Record<string, string> = { api: API }, lang = 'zh-Hans'): Promise<GkDisclosureRequest> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('gk-disclosure-request');
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

export function text(el: Element): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

export async function waitFor(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function stepTitle(el: Element): string {
  return el.shadowRoot!.querySelector('.step-title')?.textContent?.trim() ?? '';
}

export async function type(el: GkDisclosureRequest, field: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#dr-${field}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: GkDisclosureRequest, field: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#dr-${field}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function click(el: GkDisclosureRequest, selector: string): Promise<void> {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

export function buttonByText(el: Element, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, '').includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Fills a valid application of a natural person (agency list from the api). */
export async function fillPerson(el: GkDisclosureRequest, overrides: Partial<typeof PERSON> = {}): Promise<void> {
  const v = { ...PERSON, ...overrides };
  await type(el, 'name', v.name);
  await type(el, 'idNumber', v.idNumber);
  await type(el, 'phone', v.phone);
  await type(el, 'email', v.email);
  await type(el, 'address', v.address);
  await choose(el, 'agencyId', 'market');
  await type(el, 'description', v.description);
  await click(el, '#dr-provisionForms-electronic');
  await click(el, '#dr-deliveryMethods-email');
  await click(el, '#dr-privacyAccepted');
}

export async function continueToCheck(el: GkDisclosureRequest): Promise<void> {
  await click(el, 'form.form button[type="submit"]');
  await waitFor('the check step', () => stepTitle(el) === '核对申请内容');
  await settled(el);
}

export async function submitAndWaitForReceipt(el: GkDisclosureRequest): Promise<void> {
  await click(el, 'button.submit');
  await waitFor('the receipt', () => el.shadowRoot!.querySelector('.receipt') !== null);
  await settled(el);
}
