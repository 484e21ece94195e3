/**
 * The toolbar under `Content-Security-Policy: default-src 'self'` in real
 * Chromium: page styles through constructable stylesheets, overlays moved
 * through the CSSOM, no violation reported; and stored settings applied on
 * the next page by the define module, before the toolbar is used.
 * Bundles src/define.ts with esbuild and serves it from loopback.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import type { Browser } from 'playwright';

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/define.js"></script></head>
<body><gk-a11y-toolbar></gk-a11y-toolbar>
<main><h1>示例市人民政府</h1><p id="p">政府信息公开。</p></main></body></html>`;

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gk-a11y-csp-'));
  await build({
    entryPoints: [fileURLToPath(new URL('../src/define.ts', import.meta.url))],
    bundle: true, minify: true, splitting: true, format: 'esm', outdir: dir, logLevel: 'silent',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'page.css'), 'body { font-size: 14px; color: #222; } p { font-size: 14px; }');
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css' };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[file.split('.').pop()!] ?? 'application/octet-stream', 'Content-Security-Policy': "default-src 'self'" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('works under a strict CSP and restores settings on the next page', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  // The browser's own favicon request is not the page's doing.
  page.on('console', (message) => { if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text()); });
  await page.exposeFunction('__csp', (text: string) => problems.push(`CSP ${text}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp(t: string): void }).__csp(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${origin}/`);
  await page.locator('gk-a11y-toolbar .toggle').click();
  await page.locator('gk-a11y-toolbar [data-setting="larger"]').click();
  await page.locator('gk-a11y-toolbar [data-value="yellow-black"]').click();
  await page.locator('gk-a11y-toolbar [data-value="xlarge"]').click();
  await page.locator('gk-a11y-toolbar [data-setting="readingGuide"]').click();
  await page.mouse.move(200, 150);
  await page.waitForTimeout(100);
  const state = await page.evaluate(() => {
    const toolbar = document.querySelector('gk-a11y-toolbar')!;
    const cursor = toolbar.shadowRoot!.querySelector('.cursor')!.getBoundingClientRect();
    const p = document.querySelector('#p')!;
    return { color: getComputedStyle(p).color, size: getComputedStyle(p).fontSize, cursor: [Math.round(cursor.left), Math.round(cursor.top), cursor.height] };
  });
  assert.deepEqual(state, { color: 'rgb(255, 255, 0)', size: '20px', cursor: [200, 150, 96] });

  await page.reload();
  await page.waitForFunction(() => customElements.get('gk-a11y-toolbar') !== undefined);
  const restored = await page.evaluate(() => ({ color: getComputedStyle(document.querySelector('#p')!).color, size: getComputedStyle(document.querySelector('#p')!).fontSize }));
  assert.deepEqual(restored, { color: 'rgb(255, 255, 0)', size: '20px' });
  assert.deepEqual(problems, []);
  await page.close();
});
