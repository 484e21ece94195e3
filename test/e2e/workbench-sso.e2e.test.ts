/**
 * Staff single sign-on in Chromium (issue #15): the real server with the built workbench at
 * /staff/ and a real OpenID provider (oidc-provider, its development login and consent pages) on
 * loopback. A staff member presses 使用统一身份认证登录, signs in at the provider, consents and is
 * back in the workbench with their own queue; an account the operator never created comes back
 * to the sign-in page with a sentence saying so. The sign-in page with the button, and with the
 * failure, is checked with axe. Run after `npm run build`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { startServer, type StartedServer } from '@gongkai/server';
import { demoPortalMounts, expectPageAxeClean, launchChromium, repoRoot } from './browser.js';
import { freePort, startOidcProvider, type TestProvider } from '../../packages/server/test/oidc-provider.js';

const CLIENT_ID = 'gongkai-workbench-e2e';
const CLIENT_SECRET = 'e2e-client-secret-0123456789abcdefghijkl';

describe('workbench single sign-on', () => {
  let browser: Browser;
  let server: StartedServer;
  let provider: TestProvider;
  let origin: string;
  let dir: string;

  before(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({ id: CLIENT_ID, secret: CLIENT_SECRET, redirectUri: `${origin}/api/staff/oidc/callback` });
    const { issuer } = provider;

    dir = mkdtempSync(join(tmpdir(), 'gongkai-sso-e2e-'));
    server = await startServer({
      port,
      db: join(dir, 'sso.db'),
      data: join(repoRoot, 'demo/data'),
      mounts: demoPortalMounts({ workbench: true }),
      oidc: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${origin}/api/staff/oidc/callback` },
    });
    await server.staff.accounts.create({ name: 'chen.handler', displayName: '陈承办', roles: ['handler'], agencies: [server.publisher.id], password: 'unused-Pa55-sso-e2e' });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** From the workbench's sign-in page through the provider's login and consent pages. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.goto(`${origin}/staff/`);
    await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/staff/');
  }

  it('offers the provider on the sign-in page, accessibly', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/staff/`);
    await page.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
    await expectPageAxeClean(page, 'sign-in with single sign-on');
    await page.close();
  });

  it('an account the operator created signs in through the provider and works in the workbench', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAtProvider(page, 'chen.handler');
    await page.getByRole('heading', { level: 1, name: '依申请公开办理' }).waitFor();
    const header = await page.locator('gk-workbench').evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(header, /陈承办/);
    assert.equal(new URL(page.url()).search, '', 'nothing of the flow is left in the address bar');
    await context.close();
  });

  it('an account that was never created comes back to sign-in with the reason, said once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAtProvider(page, 'nobody.here');
    const alert = page.getByRole('alert').filter({ hasText: '统一身份认证账号尚未开通工作台' });
    await alert.waitFor();
    assert.equal(new URL(page.url()).search, '', 'the reason is taken out of the address, so a reload does not repeat it');
    await expectPageAxeClean(page, 'single sign-on refused');
    // Password sign-in is still there beside it.
    await page.locator('#name').waitFor();
    await context.close();
  });
});
