/**
 * Screenshots of Storybook story states (stories/*.stories.ts) against committed baselines in
 * Chromium: a few states per element, each rendered from its story exactly as Storybook renders
 * it (the story's `render` with the meta's and the story's `args`), in an 800 × 600 frame.
 *
 *   npm run test:screenshots                  compare (also part of `npm run test:browser`)
 *   npm run test:screenshots -- --update      rewrite the baselines after an intended change
 *
 * Deterministic on a fresh machine: Debian's chromium and fonts-noto-cjk (what .ci/run installs,
 * docs/toolchain.md), seeded data, reduced motion, no focus, and a tolerance for anti-aliasing
 * (web-test-runner.config.mjs). A failure writes the new image and a diff to test/screenshots/failed/.
 */
import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { settled } from '../contract/element-contract.js';
import { applyPageCss } from '../../packages/a11y-toolbar/src/page-styles.js';
import * as catalog from '../../stories/power-catalog.stories.js';
import * as directory from '../../stories/disclosure-directory.stories.js';
import * as request from '../../stories/disclosure-request.stories.js';
import * as mailbox from '../../stories/mayor-mailbox.stories.js';
import * as toolbar from '../../stories/a11y-toolbar.stories.js';

type Args = Record<string, unknown>;
interface StoryLike { args?: Args; render?: (args: Args, context: unknown) => TemplateResult }
type StoryModule = { default: StoryLike } & Record<string, unknown>;

/** Which states of which stories: a few per element, chosen to cover list, empty, error and languages. */
const STATES: Array<[name: string, module: StoryModule, stories: string[], loads: boolean]> = [
  ['power-catalog', catalog as StoryModule, ['List', 'Table', 'Empty', 'BrokenData', 'English'], true],
  ['disclosure-directory', directory as StoryModule, ['SeedDocuments', 'BrokenData', 'TraditionalChinese'], true],
  ['disclosure-request', request as StoryModule, ['PrintAndPost', 'BrokenAgencyList', 'English'], true],
  ['mayor-mailbox', mailbox as StoryModule, ['PublicLetters', 'BrokenData', 'English'], true],
  ['a11y-toolbar', toolbar as StoryModule, ['Closed', 'Open', 'ElderMode', 'YellowOnBlack'], false],
];

/** Renders one story into an 800 × 600 frame and resolves once its elements have loaded and drawn. */
async function renderStory(module: StoryModule, storyName: string, loads: boolean): Promise<HTMLElement> {
  const story = module[storyName] as StoryLike | undefined;
  if (!story) throw new Error(`no story ${storyName}`);
  const renderFn = story.render ?? module.default.render!;
  const frame = document.createElement('div');
  frame.className = 'screenshot-frame';
  document.body.append(frame);
  const ready = loads
    ? new Promise<void>((resolve, reject) => {
        const done = () => resolve();
        frame.addEventListener('gk-load', done, { once: true });
        frame.addEventListener('gk-error', done, { once: true });
        setTimeout(() => reject(new Error(`${storyName} neither loaded nor failed`)), 10_000);
      })
    : Promise.resolve();
  render(renderFn({ ...module.default.args, ...story.args }, {}), frame);
  await ready;
  // A view can still be arriving after gk-load (the mailbox's letters are a lazy chunk): none of
  // the chosen states is a loading state, so wait until no element shows one.
  const elements = [...frame.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('gk-'));
  await waitUntil(() => elements.every((element) => !element.shadowRoot?.querySelector('[part~="loading"]')), `${storyName} still loading`, { timeout: 10_000 });
  for (const element of elements) await settled(element);
  await document.fonts.ready;
  await new Promise((resolve) => setTimeout(resolve, 100));
  return frame;
}

describe('screenshots of the story states', () => {
  let style: HTMLStyleElement;
  before(async () => {
    // Test files share the origin's storage: a draft or toolbar settings left by another file
    // would show in the stories.
    localStorage.clear();
    sessionStorage.clear();
    await setViewport({ width: 840, height: 700 });
    await emulateMedia({ reducedMotion: 'reduce' });
    style = document.createElement('style');
    style.textContent = `body { margin: 0; } .screenshot-frame { inline-size: 800px; block-size: 600px; overflow: hidden; padding: 8px; box-sizing: border-box; background: #fff; }`;
    document.head.append(style);
  });
  after(async () => {
    style.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => {
    document.querySelectorAll('.screenshot-frame').forEach((frame) => frame.remove());
    // The toolbar's stories store settings and restyle the page: leave neither behind.
    localStorage.clear();
    applyPageCss('');
    (document.activeElement as HTMLElement | null)?.blur();
  });

  for (const [name, module, stories, loads] of STATES) {
    for (const storyName of stories) {
      it(`${name}: ${storyName}`, async () => {
        const frame = await renderStory(module, storyName, loads);
        await visualDiff(frame, `${name}--${storyName}`);
      });
    }
  }
});
