/**
 * The React 19 and Vue 3 examples (demo/react, demo/vue), built by
 * `npm run build:examples`, pass data as a property and receive gk-select.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { launchChromium, openRecordedPage, repoRoot, serveRepo } from './browser.js';

describe('framework examples', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  before(async () => {
    assert.ok(existsSync(join(repoRoot, 'demo/dist-frameworks/react/index.html')), 'build first: npm run build:examples');
    ({ server, origin } = await serveRepo());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const framework of ['react', 'vue']) {
    it(`${framework}: renders the catalog from a data property and hears gk-select`, async () => {
      const { page, log } = await openRecordedPage(browser);
      await page.goto(`${origin}/demo/dist-frameworks/${framework}/index.html`);
      await page.waitForFunction(() => (document.querySelector('gk-power-catalog')?.shadowRoot?.querySelectorAll('.result').length ?? 0) === 20, undefined, { timeout: 15_000 });
      const name = await page.locator('gk-power-catalog .item-link').first().textContent();
      await page.locator('gk-power-catalog .item-link').first().click();
      await page.waitForFunction(() => document.querySelector('#selected')?.textContent?.startsWith('已打开：'));
      const selected = await page.locator('#selected').textContent();
      assert.match(selected ?? '', /^已打开：\S+/);
      assert.equal((await page.locator('gk-power-catalog .item__title').textContent())?.trim(), name?.trim());
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
});
