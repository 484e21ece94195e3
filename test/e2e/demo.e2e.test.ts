/**
 * `npm start`'s demo portal — the reference server with the demo data, the demo pages and
 * the built bundle on one origin — loads cleanly and shows its data (run after the build).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright';
import { demoPortalMounts, launchChromium, openRecordedPage } from './browser.js';
import { join } from 'node:path';
import { startServer } from '@gongkai/server';
import type { StartedServer } from '@gongkai/server';
import { repoRoot } from './browser.js';

describe('demo portal', () => {
  let browser: Browser;
  let server: StartedServer;
  let origin: string;

  before(async () => {
    // The same folders as the root `npm start` script.
    server = await startServer({
      port: 0,
      db: ':memory:',
      data: join(repoRoot, 'demo/data'),
      mounts: demoPortalMounts(),
    });
    origin = server.url.replace(/\/$/, '');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with no console errors and no CSP violations, and shows the power list', async () => {
    const { page, log } = await openRecordedPage(browser);
    const response = await page.goto(`${origin}/`);
    assert.equal(response?.headers()['content-security-policy'], "default-src 'self'");
    await page.waitForFunction(() => (document.querySelector('gk-power-catalog')?.shadowRoot?.querySelectorAll('.result').length ?? 0) > 0, undefined, { timeout: 15_000 });
    const count = await page.evaluate(() => document.querySelector('gk-power-catalog')!.shadowRoot!.querySelector('.result-count')!.textContent!.trim());
    assert.match(count, /^找到 [\d,]+ 项$/);
    // Searching through the REST API (the demo catalog uses api="/api/"): Traditional script
    // finds Simplified text, as in static mode, and the URL keeps the search.
    await page.locator('gk-power-catalog input[type="search"]').fill('許可');
    await page.waitForFunction(() => document.querySelector('gk-power-catalog')!.shadowRoot!.querySelector('.result__name mark')?.textContent === '许可', undefined, { timeout: 10_000 });
    assert.match(decodeURIComponent(page.url()), /pc\.q=許可/);
    // Opening an item through the keyboard works on the demo page too.
    await page.locator('gk-power-catalog .item-link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Boolean(document.querySelector('gk-power-catalog')!.shadowRoot!.querySelector('.item__title')));
    assert.match(page.url(), /[#&]pc\.open=/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.cspViolations, []);
  });

  for (const [path, tag, ready] of [
    ['/directory.html', 'gk-disclosure-directory', '.result'],
    ['/request.html', 'gk-disclosure-request', 'form'],
    ['/mailbox.html', 'gk-mayor-mailbox', '[part~="base"]'],
  ] as const) {
    it(`${path}: ${tag} and the toolbar render with no console errors`, async () => {
      const { page, log } = await openRecordedPage(browser);
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(
        ([tag, ready]) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector(ready)) && Boolean(document.querySelector('gk-a11y-toolbar')?.shadowRoot?.querySelector('button')),
        [tag, ready] as const,
        { timeout: 15_000 },
      );
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.cspViolations, []);
      await page.close();
    });
  }

  it('serves the data files and refuses paths outside its folders', async () => {
    for (const name of ['power-catalog', 'disclosure-directory', 'agency-directory', 'mailbox-letters']) {
      const res = await fetch(`${origin}/data/${name}.json`);
      assert.equal(res.status, 200, name);
      assert.equal((await res.json()).kind, name);
    }
    const escape = await fetch(`${origin}/data/..%2f..%2fpackage.json`);
    assert.equal(escape.status, 404);
  });
});
