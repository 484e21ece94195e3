/**
 * The behaviour every collection element shares (the catalog, the directory and the mailbox's
 * public letters), written once and run from each element's own test file, in the manner of
 * Lion's form-core test suites: `runCollectionElementSuite(fixtures)`. The element-specific
 * parts (how to reach the list, which selectors name a result) come in as fixtures.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { settled } from './element-contract.js';

export interface CollectionSuiteFixtures {
  tag: string;
  /** The `api` attribute of a REST stub serving this element's collection (test/servers). */
  api: string;
  /** The stub's control endpoint and the collection whose list queries it can fail. */
  control: string;
  failGet: string;
  /** Brings a freshly mounted element to its list view (the mailbox opens on writing with `api`). */
  showList?: (element: HTMLElement) => Promise<void>;
}

const shadowOf = (element: HTMLElement): ShadowRoot => element.shadowRoot!;

async function steer(fixtures: CollectionSuiteFixtures, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(fixtures.control, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.ok, 'stub control').to.equal(true);
}

/** Mounts `<tag api=… url-state="none">` in a zh-Hans wrapper; resolves at once (no event awaited). */
async function mountApi(fixtures: CollectionSuiteFixtures): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
  const element = document.createElement(fixtures.tag);
  element.setAttribute('url-state', 'none');
  element.setAttribute('api', fixtures.api);
  wrapper.append(element);
  return element;
}

export function runCollectionElementSuite(fixtures: CollectionSuiteFixtures): void {
  describe(`<${fixtures.tag}> as a collection element`, () => {
    afterEach(() => steer(fixtures, { reset: true }));

    it('shows the error, not an empty list, when the first query answers 500; Retry then loads', async () => {
      await steer(fixtures, { failGet: fixtures.failGet, status: 500, count: 1 });
      let loads = 0;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
      wrapper.addEventListener('gk-load', () => loads++);
      const failed = oneEvent(wrapper, 'gk-error');
      const element = document.createElement(fixtures.tag);
      element.setAttribute('url-state', 'none');
      element.setAttribute('api', fixtures.api);
      wrapper.append(element);
      const event = (await failed) as CustomEvent<{ code: string; status?: number }>;
      expect(event.detail.code).to.equal('http');
      await settled(element);
      await fixtures.showList?.(element);
      await settled(element);
      const alert = shadowOf(element).querySelector('[role="alert"]');
      expect(alert, 'the error view').to.exist;
      expect(alert!.textContent).to.contain('500');
      expect(shadowOf(element).querySelector('.results'), 'no result list').to.equal(null);
      expect(loads, 'no gk-load after a failed first query').to.equal(0);

      const loaded = oneEvent(wrapper, 'gk-load');
      [...alert!.querySelectorAll('button')].find((b) => b.textContent!.includes('重试'))!.click();
      await loaded;
      await settled(element);
      expect(shadowOf(element).querySelector('[role="alert"]')).to.equal(null);
      expect(shadowOf(element).querySelectorAll('.results li, .results tr').length).to.be.greaterThan(0);
    });

    it('loads its first page through the REST contract', async () => {
      const element = await mountApi(fixtures);
      await oneEvent(element, 'gk-load');
      await settled(element);
      await fixtures.showList?.(element);
      await settled(element);
      expect(shadowOf(element).querySelectorAll('.results li, .results tr').length).to.be.greaterThan(0);
    });
  });
}
