/**
 * The embedding promise of docs/design.md §6, proven on whole pages in Chromium with
 * the built bundle (packages/gongkai/dist/gongkai.js, so run after the build):
 * quirks and standards mode, `Content-Security-Policy: default-src 'self'`,
 * host CSS restyling `*`, `div`, `input`, `table`, `a`, host scripts adding
 * enumerable members to Array.prototype, and the bundle loaded twice.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { launchChromium, openRecordedPage, repoRoot, serveRepo } from './browser.js';

const bundle = join(repoRoot, 'packages/gongkai/dist/gongkai.js');
/** The pages load a second copy of the bundle from here: another URL, so another module instance. */
const secondCopy = join(repoRoot, 'test/pages/.bundle-copy');

describe('embedding the all-in-one bundle in a hostile page', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  before(async () => {
    assert.ok(existsSync(bundle), 'build first: npm run build');
    rmSync(secondCopy, { recursive: true, force: true });
    cpSync(join(repoRoot, 'packages/gongkai/dist'), secondCopy, { recursive: true });
    ({ server, origin } = await serveRepo());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(secondCopy, { recursive: true, force: true });
  });

  for (const [page, mode] of [['hostile.html', 'CSS1Compat'], ['quirks.html', 'BackCompat']] as const) {
    it(`works in ${mode === 'BackCompat' ? 'quirks' : 'standards'} mode under a strict CSP beside hostile CSS and scripts`, async () => {
      const { page: tab, log } = await openRecordedPage(browser);
      await tab.goto(`${origin}/test/pages/${page}`);
      await tab.waitForFunction(() => {
        const el = document.querySelector('gk-power-catalog');
        return Boolean(el?.shadowRoot?.querySelector('.result'));
      }, undefined, { timeout: 15_000 });
      const facts = await tab.evaluate(() => {
        const el = document.querySelector('gk-power-catalog')!;
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        const style = getComputedStyle(base);
        return {
          compatMode: document.compatMode,
          polluted: (window as unknown as { __pollutionLoaded?: boolean }).__pollutionLoaded === true,
          results: el.shadowRoot!.querySelectorAll('.result').length,
          fontSize: style.fontSize,
          letterSpacing: style.letterSpacing,
          fallbackHidden: el.shadowRoot!.querySelector('slot') === null,
          text: el.shadowRoot!.textContent ?? '',
        };
      });
      assert.equal(facts.compatMode, mode);
      assert.equal(facts.polluted, true);
      assert.equal(facts.results, 20);
      assert.equal(facts.fontSize, '16px');
      assert.equal(facts.letterSpacing, 'normal');
      assert.match(facts.text, /找到 60 项/);

      // Every other element on the page upgraded and rendered too.
      const rendered = await tab.evaluate(() =>
        ['gk-a11y-toolbar', 'gk-disclosure-directory', 'gk-disclosure-request', 'gk-mayor-mailbox'].map((tag) => {
          const el = document.querySelector(tag);
          return [tag, Boolean(el?.shadowRoot?.querySelector('[part~="base"]')), (el?.shadowRoot?.textContent ?? '').trim().length > 0];
        }),
      );
      assert.deepEqual(rendered, [['gk-a11y-toolbar', true, true], ['gk-disclosure-directory', true, true], ['gk-disclosure-request', true, true], ['gk-mayor-mailbox', true, true]]);

      // Typing a search works with the polluted prototypes.
      await tab.locator('gk-power-catalog input[type="search"]').fill('许可');
      await tab.waitForFunction(() => (document.querySelector('gk-power-catalog')!.shadowRoot!.querySelector('mark')?.textContent ?? '') === '许可');

      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.cspViolations, []);
      const duplicateWarnings = log.warnings.filter((w) => w.includes('already defined'));
      assert.equal(duplicateWarnings.length, 1, `one warning for the second copy (two elements), got: ${JSON.stringify(log.warnings)}`);
      await tab.close();
    });
  }
});
