/**
 * The behaviour every collection element shares (the catalog, the directory and the mailbox's
 * public letters: CollectionController in @gongkai/ui, docs/design.md §2 and §6), written once and
 * run from each element's own test file, in the manner of Lion's form-core test suites:
 *
 *   runCollectionElementSuite('gk-power-catalog', { api, control, failGet, browsing: { … } });
 *
 * What differs between elements (where its REST stub lives, which selectors name a result link
 * and an opened item's heading, a search nothing matches) comes in as fixtures. The REST half
 * (a 500 on the first query, loading through `api`) needs only `api` and the stub's control; the
 * browsing half (load, a bad file, empty result, paging, URL state and Back, focus, slow search,
 * print, 320 px, both languages, axe in each state) runs when `browsing` is given.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { InMemorySource } from '@gongkai/client';
import type { FileKind } from '@gongkai/schema';
import { settled } from './element-contract.js';
import { expectPartsDocumented } from './documented-parts.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { mountWithSource, observeSource } from '../helpers/observed-source.js';

export interface CollectionBrowsingFixtures {
  /** A valid static file of the element's kind with at least five items. */
  src: string;
  kind: FileKind;
  /** The element's URL prefix (`pc` → `#pc.q=…&pc.open=…`) and its key for the opened item (default `open`; the mailbox's `letter`). */
  urlPrefix: string;
  openKey?: string;
  /** The button that goes back from an opened item to the list (default `.back`). */
  backSelector?: string;
  /** A result link (it carries `data-id`) and the opened item's heading, which takes focus. */
  linkSelector: string;
  openedSelector: string;
  /** Search text no item matches. */
  noMatch: string;
}

export interface CollectionSuiteFixtures {
  tag: string;
  /** The `api` attribute of a REST stub serving this element's collection (test/servers). */
  api: string;
  /** The stub's control endpoint and the collection whose list queries it can fail. */
  control: string;
  failGet: string;
  /** Brings a freshly mounted element to its list view (the mailbox opens on writing with `api`). */
  showList?: (element: HTMLElement) => Promise<void>;
  browsing?: CollectionBrowsingFixtures;
}

/** A file that is not JSON at all: every kind reports it the same way (`not-json`). */
const NOT_JSON = '/test/fixtures/data/not-json.json';

const shadowOf = (element: HTMLElement): ShadowRoot => element.shadowRoot!;
const textOf = (element: HTMLElement): string => (shadowOf(element).textContent ?? '').replace(/\s+/g, ' ');
const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

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

/** Runs the suite; `runCollectionElementSuite(tag, fixtures)` or, as first written, with `tag` inside the fixtures. */
export function runCollectionElementSuite(tag: string, fixtures: Omit<CollectionSuiteFixtures, 'tag'>): void;
export function runCollectionElementSuite(fixtures: CollectionSuiteFixtures): void;
export function runCollectionElementSuite(tagOrFixtures: string | CollectionSuiteFixtures, rest?: Omit<CollectionSuiteFixtures, 'tag'>): void {
  const fixtures: CollectionSuiteFixtures = typeof tagOrFixtures === 'string' ? { ...rest!, tag: tagOrFixtures } : tagOrFixtures;
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
      await expectNoAxeViolations(element, 'error after a 500');

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

  if (fixtures.browsing) runCollectionBrowsingSuite(fixtures.tag, fixtures.browsing);
}

/** The browsing half alone, over a static file (for an element whose REST half runs elsewhere). */
export function runCollectionBrowsingSuite(tag: string, b: CollectionBrowsingFixtures): void {
  const openKey = b.openKey ?? 'open';
  /** Mounts `<tag src=…>` in a `lang` wrapper and waits for its first gk-load (returned with it). */
  async function mount(attrs: Record<string, string> = {}, lang = 'zh-Hans'): Promise<{ element: HTMLElement; loaded: { count: number; skippedCount: number } }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries({ 'url-state': 'none', src: b.src, ...attrs })) element.setAttribute(name, value);
    const loaded = oneEvent(element, 'gk-load');
    wrapper.append(element);
    const event = (await loaded) as CustomEvent<{ count: number; skippedCount: number }>;
    await settled(element);
    return { element, loaded: event.detail };
  }
  const links = (element: HTMLElement) => [...shadowOf(element).querySelectorAll<HTMLAnchorElement>(b.linkSelector)];
  const part = (element: HTMLElement, name: string) => shadowOf(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  async function search(element: HTMLElement, value: string): Promise<void> {
    const input = shadowOf(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await pause();
    await settled(element);
  }
  async function openFirst(element: HTMLElement): Promise<HTMLAnchorElement> {
    const link = links(element)[0]!;
    link.click();
    await waitUntil(() => shadowOf(element).querySelector(b.openedSelector) !== null, 'the opened item', { timeout: 5_000 });
    await settled(element);
    return link;
  }
  const activeInside = (element: HTMLElement) => shadowOf(element).activeElement as HTMLElement | null;

  describe(`<${tag}> browsing, as every collection element does`, () => {
    afterEach(async () => {
      history.replaceState(null, '', location.pathname + location.search);
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    });

    it('loads a file, shows its first page, and counts it in gk-load (axe: list)', async () => {
      const { element, loaded } = await mount({ 'page-size': '2' });
      expect(loaded.count, 'gk-load count').to.be.greaterThan(2);
      expect(links(element).length).to.equal(2);
      expect(part(element, 'results'), 'results part').to.exist;
      await expectNoAxeViolations(element, 'list');
      await expectPartsDocumented(element, 'list');
    });

    it('shows the error view for a file that is not JSON and fires gk-error (axe: error)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
      const element = document.createElement(tag);
      element.setAttribute('url-state', 'none');
      element.setAttribute('src', NOT_JSON);
      const failed = oneEvent(wrapper, 'gk-error');
      wrapper.append(element);
      expect(((await failed) as CustomEvent<{ code: string }>).detail.code).to.equal('not-json');
      await settled(element);
      expect(shadowOf(element).querySelector('[role="alert"]')!.textContent).to.contain('JSON');
      expect(links(element)).to.have.length(0);
      await expectNoAxeViolations(element, 'not JSON');
    });

    it('says so when nothing matches and offers to clear the search (axe: empty)', async () => {
      const { element, loaded } = await mount({ 'page-size': '2' });
      await search(element, b.noMatch);
      expect(part(element, 'empty'), 'the empty view').to.exist;
      expect(links(element)).to.have.length(0);
      await expectNoAxeViolations(element, 'empty');
      await expectPartsDocumented(element, 'empty');
      [...part(element, 'empty')!.querySelectorAll('button')].find((button) => button.textContent!.includes('清除'))!.click();
      await settled(element);
      expect(shadowOf(element).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
      expect(links(element).length).to.equal(Math.min(2, loaded.count));
    });

    it('pages with page-size and moves focus to the new page of results', async () => {
      const { element } = await mount({ 'page-size': '2' });
      const first = links(element).map((a) => a.dataset['id']);
      const pager = part(element, 'pager')!;
      expect(pager, 'pager').to.exist;
      [...pager.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === '下一页')!.click();
      await pause();
      await settled(element);
      const second = links(element).map((a) => a.dataset['id']);
      expect(second).to.have.length(2);
      expect(second.some((id) => first.includes(id)), 'page 2 repeats page 1').to.equal(false);
      expect(part(element, 'pager')!.textContent).to.match(/第\s*2\s*\//);
      expect(activeInside(element)?.classList.contains('results'), 'focus on the results').to.equal(true);
    });

    it('keeps search, page and the open item in the URL; Back closes the item and keeps the search', async () => {
      const { element } = await mount({ 'url-state': 'hash', 'page-size': '2' });
      const word = links(element)[0]!.textContent!.trim().slice(0, 2);
      await search(element, word);
      expect(decodeURIComponent(location.hash)).to.contain(`${b.urlPrefix}.q=${word}`);
      const selected = oneEvent(element, 'gk-select');
      const link = await openFirst(element);
      expect(((await selected) as CustomEvent<{ id: string }>).detail.id).to.equal(link.dataset['id']);
      expect(decodeURIComponent(location.hash)).to.contain(`${b.urlPrefix}.${openKey}=${link.dataset['id']}`);
      history.back();
      await waitUntil(() => shadowOf(element).querySelector(b.openedSelector) === null, 'Back closes the item', { timeout: 5_000 });
      await settled(element);
      expect(location.hash).not.to.contain(`${b.urlPrefix}.${openKey}=`);
      expect(shadowOf(element).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal(word);
    });

    it('opens the item a shared link names', async () => {
      const { element: probe } = await mount();
      const id = links(probe)[1]!.dataset['id']!;
      history.replaceState(null, '', `#${b.urlPrefix}.${openKey}=${encodeURIComponent(id)}`);
      const { element } = await mount({ 'url-state': 'hash' });
      await waitUntil(() => shadowOf(element).querySelector(b.openedSelector) !== null, 'the shared item', { timeout: 5_000 });
    });

    it('moves focus to the opened item, and back to its link on the way back (axe: item)', async () => {
      const { element } = await mount();
      const link = await openFirst(element);
      expect(activeInside(element)?.matches(b.openedSelector), 'focus on the heading').to.equal(true);
      await expectNoAxeViolations(element, 'item');
      await expectPartsDocumented(element, 'item');
      shadowOf(element).querySelector<HTMLButtonElement>(b.backSelector ?? '.back')!.click();
      await waitUntil(() => activeInside(element)?.dataset['id'] === link.dataset['id'], 'focus back on the link', { timeout: 5_000 });
    });

    it('says it is searching while a slow search is on its way', async () => {
      const file = await (await fetch(b.src)).json();
      const observed = observeSource(new InMemorySource(file, b.kind), { holdSearches: true });
      const element = await mountWithSource<HTMLElement>(tag, observed.source);
      await search(element, b.noMatch);
      await waitUntil(() => textOf(element).includes('正在查找…'), 'the searching note', { timeout: 5_000 });
      observed.release();
      await waitUntil(() => !textOf(element).includes('正在查找…') && part(element, 'empty') !== null, 'the answer', { timeout: 5_000 });
    });

    it('prints the results without the search, filters and pager, in black', async () => {
      const { element } = await mount({ 'page-size': '2' });
      await emulateMedia({ media: 'print' });
      // checkVisibility, not the node's own display: a part inside a hidden wrapper keeps its display value.
      const hidden = (name: string) => [...shadowOf(element).querySelectorAll(`[part~="${name}"]`)].every((node) => !node.checkVisibility());
      expect(hidden('search'), 'search').to.equal(true);
      expect(hidden('pager'), 'pager').to.equal(true);
      expect(hidden('filter'), 'filters').to.equal(true);
      expect(part(element, 'results')!.checkVisibility(), 'results').to.equal(true);
      expect(getComputedStyle(part(element, 'base')!).color).to.equal('rgb(0, 0, 0)');
    });

    it('fits a 320 px wide screen, list and item, without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const { element } = await mount();
      const base = part(element, 'base')!;
      expect(base.scrollWidth, 'list').to.be.at.most(base.clientWidth);
      await openFirst(element);
      expect(base.scrollWidth, 'item').to.be.at.most(base.clientWidth);
    });

    for (const [lang, next, empty] of [['zh-Hant', '下一頁', '沒有找到符合條件的內容'], ['en', 'Next', 'Nothing matches your search']] as const) {
      it(`renders in ${lang} (axe: ${lang})`, async () => {
        const { element } = await mount({ 'page-size': '2' }, lang);
        expect(part(element, 'pager')!.textContent).to.contain(next);
        await expectNoAxeViolations(element, lang);
        await search(element, b.noMatch);
        expect(part(element, 'empty')!.textContent).to.contain(empty);
      });
    }
  });
}
