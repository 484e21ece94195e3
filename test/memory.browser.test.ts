/**
 * The memory-leak test of each of the five elements (test/contract/memory-leak.ts): mounted with
 * real data in the state a page first shows, removed, 200 times.
 * Run: npx wtr --files test/memory.browser.test.ts
 */
import { oneEvent } from '@open-wc/testing';
import '@gongkai/power-catalog/define';
import '@gongkai/disclosure-directory/define';
import '@gongkai/disclosure-request/define';
import '@gongkai/mayor-mailbox/define';
import '@gongkai/a11y-toolbar/define';
import { runMemoryLeakTest } from './contract/memory-leak.js';

/**
 * `<tag attrs…>` inside a zh-Hans wrapper on the page; waits for gk-load when `loads`, then for the
 * render after it. (Not open-wc's fixture() nor settled(): 1,000 mounts should take seconds.)
 */
async function mount(tag: string, attrs: Record<string, string>, loads = true): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = 'zh-Hans';
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries({ 'url-state': 'none', ...attrs })) element.setAttribute(name, value);
  const loaded = loads ? oneEvent(element, 'gk-load') : undefined;
  wrapper.append(element);
  document.body.append(wrapper);
  await loaded;
  await element.updateComplete;
  return element;
}

runMemoryLeakTest('gk-power-catalog', () => mount('gk-power-catalog', { src: '/test/fixtures/data/power-catalog.json' }));
runMemoryLeakTest('gk-disclosure-directory', () => mount('gk-disclosure-directory', { src: '/packages/disclosure-directory/test/fixtures/disclosure-directory.json' }));
runMemoryLeakTest('gk-disclosure-request', () => mount('gk-disclosure-request', { src: '/test-api/files/agency-directory.json' }));
runMemoryLeakTest('gk-mayor-mailbox', () => mount('gk-mayor-mailbox', { src: '/test-api/mailbox/files/letters.json' }));
runMemoryLeakTest('gk-a11y-toolbar', () => mount('gk-a11y-toolbar', {}, false));
