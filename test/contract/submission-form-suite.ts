/**
 * The behaviour both forms share (the disclosure application and the mayor's letter), written
 * once and run from each element's own test file in the manner of Lion's form-core test suites:
 * `runSubmissionFormSuite(fixtures)`. It covers what @gongkai/ui's SubmissionController promises
 * (docs/design.md §5–§6) as a citizen meets it: the error summary, drafts and the shared-computer
 * switch, one filing with one key, a retry after a server error, a key reused with other answers
 * and "send as new", 320 px, both other languages, and axe in each of these states. The element's
 * own paths (how to fill it, how to reach "send") come in as fixtures.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { settled } from './element-contract.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

export interface SubmissionFormFixtures<E extends HTMLElement> {
  tag: string;
  /** Mounts the element with `api` (url-state none, fast retries) in a wrapper of `lang`, ready. */
  mount(lang?: string): Promise<E>;
  /** The REST stub's control (`{reset}`, `{fail, count, holdMs}`) and state (`{posts, keys}` and how many were stored). */
  control(body: Record<string, unknown>): Promise<void>;
  serverState(): Promise<{ posts: number; keys: string[]; stored: number }>;
  /** Fills every field of a valid submission (personal fields included). */
  fill(element: E): Promise<void>;
  /** Presses what checks the form: on an empty form the error summary appears. */
  check(element: E): Promise<void>;
  /** From a filled form to "send" pressed (the request passes its check step). */
  send(element: E): Promise<void>;
  /** Types another value into a personal field (the phone), on the form. */
  changePersonal(element: E): Promise<void>;
  /** The form's storage keys and a text of the filled form that a draft keeps, and one that it never does. */
  draftKey: string;
  pendingKey: string;
  draftText: string;
  personalText: string;
  /** The id of the shared-computer switch. */
  sharedSwitch: string;
  /** Words the form shows in English and in Traditional Chinese. */
  words: { en: string; 'zh-Hant': string };
}

const root = (element: HTMLElement): ShadowRoot => element.shadowRoot!;
const shown = (element: HTMLElement): string => (root(element).textContent ?? '').replace(/\s+/g, ' ');

async function waitFor(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const receiptShown = (element: HTMLElement) => root(element).querySelector('.receipt') !== null;

function click(element: HTMLElement, selector: string): void {
  const target = root(element).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
}

export function runSubmissionFormSuite<E extends HTMLElement>(f: SubmissionFormFixtures<E>): void {
  describe(`<${f.tag}> as a submission form`, () => {
    beforeEach(async () => {
      sessionStorage.clear();
      await f.control({ reset: true });
    });
    afterEach(() => f.control({ reset: true }));

    it('an empty form gets an error summary that takes focus and links to its fields', async () => {
      const element = await f.mount();
      await f.check(element);
      await waitFor('the error summary', () => root(element).querySelector('.gk-error-summary') !== null);
      await settled(element);
      const summary = root(element).querySelector<HTMLElement>('.gk-error-summary')!;
      expect(root(element).activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) expect(root(element).getElementById(link.getAttribute('href')!.slice(1)), link.textContent!).to.exist;
      await expectNoAxeViolations(element, 'error summary');
    });

    it('keeps a draft without personal data, and none on a shared computer', async () => {
      const element = await f.mount();
      await f.fill(element);
      const draft = sessionStorage.getItem(f.draftKey) ?? '';
      expect(draft).to.contain(f.draftText);
      expect(draft).not.to.contain(f.personalText);
      click(element, `#${f.sharedSwitch}`);
      await settled(element);
      expect(sessionStorage.getItem(f.draftKey)).to.equal(null);
      await f.changePersonal(element);
      expect(sessionStorage.getItem(f.draftKey)).to.equal(null);
    });

    it('files once with one key and shows the receipt only after the 201, with its events', async () => {
      const element = await f.mount();
      await f.fill(element);
      const submit = oneEvent(element, 'gk-submit');
      const submitted = oneEvent(element, 'gk-submitted');
      await f.control({ processingMs: 300 });
      await f.send(element);
      const key = ((await submit) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey;
      expect(receiptShown(element), 'no receipt before the answer').to.equal(false);
      await expectNoAxeViolations(element, 'sending');
      await submitted;
      await waitFor('the receipt', () => receiptShown(element));
      await settled(element);
      await expectNoAxeViolations(element, 'receipt');
      const state = await f.serverState();
      expect(state.stored).to.equal(1);
      expect(state.keys).to.deep.equal([key]);
      expect(sessionStorage.getItem(f.pendingKey)).to.equal(null);
      expect(sessionStorage.getItem(f.draftKey)).to.equal(null);
    });

    it('retries after a server error with the same key: one filing', async () => {
      await f.control({ fail: '500', count: 1 });
      const element = await f.mount();
      await f.fill(element);
      await f.send(element);
      await waitFor('the receipt', () => receiptShown(element));
      const state = await f.serverState();
      expect(state.posts).to.equal(2);
      expect(state.stored).to.equal(1);
      expect(new Set(state.keys).size).to.equal(1);
    });

    it('a key reused with other answers files nothing; "send as new" files it with a new key', async () => {
      const element = await f.mount();
      (element as unknown as { submitTiming: object }).submitTiming = { timeoutMs: 300, maxAutoAttempts: 1 };
      await f.fill(element);
      await f.control({ fail: 'timeout', holdMs: 1000 });
      const first = oneEvent(element, 'gk-submit');
      await f.send(element);
      const key = ((await first) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey;
      await waitFor('"not sent" with a way back', () => root(element).querySelector('.back-to-form') !== null);
      click(element, '.back-to-form');
      await waitFor('the form', () => root(element).querySelector('form') !== null);
      await settled(element);
      await f.changePersonal(element);
      (element as unknown as { submitTiming: object }).submitTiming = { timeoutMs: 2000, baseDelayMs: 50, maxDelayMs: 100, inFlightDelayMs: 100 };
      await f.send(element);
      await waitFor('the "may already have been received" view', () => root(element).querySelector('.key-reused') !== null);
      await settled(element);
      await expectNoAxeViolations(element, 'key reused');
      expect((await f.serverState()).stored).to.equal(1);
      const again = oneEvent(element, 'gk-submit');
      click(element, '.send-as-new');
      expect(((await again) as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey).not.to.equal(key);
      await waitFor('the receipt', () => receiptShown(element));
      expect((await f.serverState()).stored).to.equal(2);
    });

    it('speaks English and Traditional Chinese, the shared field parts included', async () => {
      const en = await f.mount('en');
      expect(shown(en)).to.contain(f.words.en);
      expect(shown(en)).to.contain('(optional)');
      await f.check(en);
      await waitFor('the summary', () => root(en).querySelector('.gk-error-summary') !== null);
      await settled(en);
      expect(shown(en)).to.match(/There are \d+ problems to fix/);
      expect(root(en).querySelector('.field__error .gk-visually-hidden')?.textContent).to.equal('Error: ');
      await expectNoAxeViolations(en, 'English, errors');
      const hant = await f.mount('zh-Hant');
      expect(shown(hant)).to.contain(f.words['zh-Hant']);
      expect(shown(hant)).to.contain('（選填）');
    });

    it('fits 320 px without horizontal scrolling, from the form to the receipt', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const element = await f.mount();
        const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
        await f.fill(element);
        await f.send(element);
        await waitFor('the receipt', () => receiptShown(element));
        await settled(element);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
}
