/**
 * Helpers for end-to-end tests that load whole pages in Debian's Chromium
 * through Playwright: a static server for the repository with a strict CSP,
 * and a page wrapper that records console errors, page errors and CSP
 * violations so a test can assert that a page is clean.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import type { Browser, ConsoleMessage, Page } from 'playwright';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
};

/** Serves the repository read-only on loopback with `Content-Security-Policy: default-src 'self'`. */
export function serveRepo(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(repoRoot, path));
    if (!file.startsWith(repoRoot.replace(/\/$/, '') + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': "default-src 'self'" }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': "default-src 'self'" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/**
 * The folders the root `npm start` script mounts (demo pages, assets, the bundle), and with
 * `workbench` the staff workbench at /staff/, for tests that run the reference server as a portal.
 */
export function demoPortalMounts(options: { workbench?: boolean } = {}): Array<{ prefix: string; dir: string }> {
  return [
    ...(options.workbench ? [{ prefix: '/staff/', dir: join(repoRoot, 'packages/workbench/dist') }] : []),
    { prefix: '/assets/', dir: join(repoRoot, 'demo/assets') },
    { prefix: '/gongkai/', dir: join(repoRoot, 'packages/gongkai/dist') },
    { prefix: '/', dir: join(repoRoot, 'demo/pages') },
  ];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageLog {
  errors: string[];
  warnings: string[];
  cspViolations: string[];
}

/** Opens a page that records what went wrong while it loads and runs. */
export async function openRecordedPage(browser: Browser): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const log: PageLog = { errors: [], warnings: [], cspViolations: [] };
  page.on('console', (message: ConsoleMessage) => {
    // The browser's own favicon request is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) log.errors.push(`${message.text()} ${message.location().url}`);
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  await page.exposeFunction('__reportCsp', (text: string) => log.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, log };
}

const AXE_SOURCE_PATH = join(repoRoot, 'node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core on the page (it enters open shadow roots) and fails with the violations: on the
 * whole document, or on the parts `include` names (CSS selectors), or with only the `rules` given.
 * Injected through the DevTools protocol, so the page's strict CSP stays in force for the page itself.
 */
export async function expectPageAxeClean(page: Page, state: string, scope: { include?: string[]; rules?: string[] } = {}): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SOURCE_PATH, 'utf8'));
  const violations = await page.evaluate(async ({ include, rules }) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const context = include === undefined ? document : { include: include.map((selector) => [selector]) };
    const result = await axe.run(context, { resultTypes: ['violations'], ...(rules === undefined ? {} : { runOnly: { type: 'rule', values: rules } }) });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, scope);
  assert.deepEqual(violations, [], `axe in state "${state}"`);
}
