/**
 * A real in-memory source with a window onto how an element uses it: every call is recorded, and
 * searches (queries with text) can be held until the test lets them go — a slow server or a
 * large file's first search, without timing anything. Mounted through the elements' documented
 * `source` property.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { CollectionSource, LoadOptions, QueryParams } from '@gongkai/client';
import { settled } from '../contract/element-contract.js';

export interface ObservedSource<T> {
  source: CollectionSource<T>;
  /** 'list' (a query without text), 'search', 'prepare' — in order. */
  calls: string[];
  /** Lets the held searches answer. */
  release(): void;
}

export function observeSource<T>(inner: CollectionSource<T>, options: { holdSearches?: boolean } = {}): ObservedSource<T> {
  const held: Array<() => void> = [];
  const calls: string[] = [];
  const source: CollectionSource<T> = {
    load: (o?: LoadOptions) => inner.load(o),
    get: (id: string) => inner.get(id),
    query: async (p: QueryParams) => {
      calls.push(p.q ? 'search' : 'list');
      if (p.q && options.holdSearches) await new Promise<void>((resolve) => held.push(resolve));
      return inner.query(p);
    },
    ...(inner.prepareSearch
      ? {
          prepareSearch: () => {
            calls.push('prepare');
            return inner.prepareSearch!();
          },
        }
      : {}),
  };
  return { source, calls, release: () => held.splice(0).forEach((resolve) => resolve()) };
}

/** Mounts `<tag url-state="none">` in a `lang` wrapper with `source` set, after its first gk-load. */
export async function mountWithSource<E extends HTMLElement>(tag: string, source: CollectionSource<unknown>, lang = 'zh-Hans'): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as E & { source: unknown };
  el.setAttribute('url-state', 'none');
  el.source = source;
  const loaded = oneEvent(el, 'gk-load');
  wrapper.append(el);
  await loaded;
  await settled(el);
  return el;
}
