/**
 * Staff single sign-on against a real OpenID provider (oidc-provider, started here on loopback
 * with its development login and consent pages): a browser's round trip, followed with a cookie
 * jar — start → the provider's login → consent → the callback → a workbench session — for an
 * enabled account; and every way it must not end in a session: an account that does not exist,
 * a disabled one, a callback without or with a forged state, a replayed code. The session store is
 * the password sign-in's, tested on both databases in staff-auth; SQLite here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type StartedServer } from '../src/index.js';
import { oidcOptionsFrom } from '../src/staff/oidc-options.js';
import { grantStaff, sqliteFile, TEST_SCRYPT, writeDataFolder } from './helpers.js';
import { freePort, startOidcProvider, type TestProvider } from './oidc-provider.js';

const CLIENT_ID = 'gongkai-workbench';
const CLIENT_SECRET = 'a-long-client-secret-for-the-test-provider-0123456789';

/** Cookies per origin, as a browser keeps them (enough for these two servers: no domains, no expiry). */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();
  store(url: URL, headers: Headers): void {
    const jar = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    this.byOrigin.set(url.origin, jar);
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  }
  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get(url: URL, name: string): string | undefined {
    return this.byOrigin.get(url.origin)?.get(name);
  }
}

interface Landing {
  url: URL;
  status: number;
  body: string;
  /** Every URL the chain went through, the first included. */
  trail: URL[];
}

describe('staff single sign-on with OpenID Connect', () => {
  let provider: TestProvider;
  let issuer: string;
  let server: StartedServer;
  let data: Awaited<ReturnType<typeof writeDataFolder>>;
  let db: Awaited<ReturnType<typeof sqliteFile>>;
  let workbench: string;

  /** Follows redirects like a browser until it reaches the workbench (not served here) or a page. */
  async function browse(jar: CookieJar, start: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Landing> {
    let url = new URL(start);
    let method = init.method ?? 'GET';
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const trail: URL[] = [];
    for (let hop = 0; hop < 20; hop++) {
      trail.push(url);
      if (url.href.startsWith(workbench)) return { url, status: 0, body: '', trail };
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        headers: { Cookie: jar.header(url), ...(body !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        ...(body !== undefined ? { body } : {}),
      });
      jar.store(url, response.headers);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        method = 'GET';
        body = undefined;
        await response.arrayBuffer();
        continue;
      }
      return { url, status: response.status, body: await response.text(), trail };
    }
    throw new Error('too many redirects');
  }

  const formAction = (page: Landing) => new URL(/<form[^>]*action="([^"]+)"/.exec(page.body)![1]!, page.url);

  /** The whole browser trip for `login` at the provider; returns where it ended and the jar. */
  async function signInAs(login: string): Promise<{ end: Landing; jar: CookieJar }> {
    const jar = new CookieJar();
    const loginPage = await browse(jar, `${server.url}api/staff/oidc/start`);
    assert.equal(loginPage.url.origin, new URL(issuer).origin, 'the start sends the browser to the provider');
    assert.match(loginPage.body, /name="login"/);
    const consentPage = await browse(jar, formAction(loginPage), { method: 'POST', form: { prompt: 'login', login, password: 'any' } });
    const end = consentPage.url.href.startsWith(workbench) ? consentPage : await browse(jar, formAction(consentPage), { method: 'POST', form: { prompt: 'consent' } });
    return { end, jar };
  }

  before(async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/api/staff/oidc/callback`;
    workbench = `http://127.0.0.1:${port}/staff/`;
    provider = await startOidcProvider({ id: CLIENT_ID, secret: CLIENT_SECRET, redirectUri });
    issuer = provider.issuer;

    data = await writeDataFolder();
    db = await sqliteFile();
    const options = oidcOptionsFrom({ 'oidc-issuer': issuer, 'oidc-client-id': CLIENT_ID, 'oidc-redirect-uri': redirectUri }, { GONGKAI_OIDC_CLIENT_SECRET: CLIENT_SECRET });
    assert.ok(options);
    server = await startServer({ port, db: db.target, data: data.dir, passwordHashing: TEST_SCRYPT, oidc: options });
    await grantStaff(server, 'wang.xm', 'wang-token-0123456789abcdef', { roles: ['handler'] });
    await grantStaff(server, 'li.left', 'li-token-0123456789abcdefgh', { roles: ['handler'] });
    await server.staff.accounts.setEnabled('li.left', false);
  });

  after(async () => {
    await server?.close();
    await provider?.close();
    data?.remove();
    await db?.drop();
  });

  it('the workbench learns that single sign-on is offered, and where it starts', async () => {
    const methods = (await (await fetch(`${server.url}api/staff/session/methods`)).json()) as Record<string, unknown>;
    assert.deepEqual(methods, { password: true, sso: { label: '统一身份认证', start: '/api/staff/oidc/start' } });
    const openapi = (await (await fetch(`${server.url}api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    assert.ok(openapi.paths['/staff/oidc/start'] && openapi.paths['/staff/oidc/callback'], 'both legs are in the OpenAPI document');
  });

  it('an enabled account signs in through the provider and gets a workbench session', async () => {
    const { end, jar } = await signInAs('wang.xm');
    assert.equal(end.url.href, workbench, `ended at ${end.url.href}`);
    const api = new URL(`${server.url}api/staff/session`);
    assert.ok(jar.get(api, 'gk_staff'), 'the session cookie is set');
    assert.equal(jar.get(api, 'gk_oidc'), undefined, 'the state cookie is cleared');
    const session = await fetch(api, { headers: { Cookie: jar.header(api) } });
    assert.equal(session.status, 200);
    const body = (await session.json()) as { user: { name: string; roles: string[] }; csrfToken: string };
    assert.equal(body.user.name, 'wang.xm');
    assert.deepEqual(body.user.roles, ['handler']);
    assert.ok(body.csrfToken.length >= 20, 'the same session as a password sign-in: a CSRF token for changes');
    // The code went to the server over the back channel only: the trail never shows a token.
    assert.ok(end.trail.every((url) => !/access_token|id_token/.test(url.href)));
    assert.ok(end.trail.some((url) => url.pathname === '/api/staff/oidc/callback' && url.searchParams.has('code')));
  });

  for (const [who, login] of [['an account that does not exist', 'zhao.nobody'], ['a disabled account', 'li.left']] as const) {
    it(`${who} gets no session, only a reason on the workbench`, async () => {
      const { end, jar } = await signInAs(login);
      assert.equal(end.url.href, `${workbench}?sso=unknown-account`);
      assert.equal(jar.get(new URL(`${server.url}api/`), 'gk_staff'), undefined);
    });
  }

  it('a callback without the state cookie, or with a forged state, is refused', async () => {
    const jar = new CookieJar();
    const bare = await browse(jar, `${server.url}api/staff/oidc/callback?code=abc&state=def`);
    assert.equal(bare.url.href, `${workbench}?sso=expired`);

    // A real sign-in up to the provider's redirect back, then the state swapped for another.
    const loginPage = await browse(jar, `${server.url}api/staff/oidc/start`);
    const consent = await browse(jar, formAction(loginPage), { method: 'POST', form: { prompt: 'login', login: 'wang.xm', password: 'any' } });
    // Stop before the callback: follow the provider's redirects by hand.
    let response = await fetch(formAction(consent), { method: 'POST', redirect: 'manual', headers: { Cookie: jar.header(formAction(consent)), 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'prompt=consent' });
    let at = formAction(consent);
    while (response.status >= 300 && !response.headers.get('location')!.includes('/api/staff/oidc/callback')) {
      jar.store(at, response.headers);
      at = new URL(response.headers.get('location')!, at);
      response = await fetch(at, { redirect: 'manual', headers: { Cookie: jar.header(at) } });
    }
    const callback = new URL(response.headers.get('location')!, at);
    assert.ok(callback.searchParams.get('code'));
    const stateCookie = jar.get(new URL(`${server.url}api/staff/oidc/`), 'gk_oidc');
    assert.ok(stateCookie, 'the start left its sealed state');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    const headers = { Cookie: `gk_oidc=${stateCookie}` };
    const refused = await fetch(forged, { redirect: 'manual', headers });
    assert.equal(refused.headers.get('location'), '/staff/?sso=refused');
    assert.doesNotMatch(refused.headers.getSetCookie().join('\n'), /gk_staff=[^;]/);
    // A tampered seal is no state at all.
    const tampered = await fetch(callback, { redirect: 'manual', headers: { Cookie: `gk_oidc=${stateCookie.slice(0, -4)}AAAA` } });
    assert.equal(tampered.headers.get('location'), '/staff/?sso=expired');
    // The genuine callback works once; the same code replayed does not.
    const first = await fetch(callback, { redirect: 'manual', headers });
    assert.equal(first.headers.get('location'), '/staff/');
    assert.match(first.headers.getSetCookie().join('\n'), /gk_staff=[^;]+; HttpOnly; SameSite=Strict/);
    const replay = await fetch(callback, { redirect: 'manual', headers });
    assert.equal(replay.headers.get('location'), '/staff/?sso=refused');
  });

  it('the state cookie is HttpOnly, Lax (it must survive the cross-site redirect back) and scoped to the OIDC paths', async () => {
    const response = await fetch(`${server.url}api/staff/oidc/start`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    const setCookie = response.headers.getSetCookie().join('\n');
    assert.match(setCookie, /^gk_oidc=[^;]+; HttpOnly; SameSite=Lax; Path=\/api\/staff\/oidc\/; Max-Age=600$/);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin, new URL(issuer).origin);
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(location.searchParams.get('nonce'));
    assert.equal(location.searchParams.get('client_id'), CLIENT_ID);
  });
});

describe('--oidc-* options', () => {
  const base = { 'oidc-issuer': 'https://sso.example.gov.cn/', 'oidc-client-id': 'gk', 'oidc-redirect-uri': 'https://gov.example.cn/api/staff/oidc/callback' };
  it('are all or nothing, https only (http on this machine), with the secret never from argv', () => {
    assert.equal(oidcOptionsFrom({}, {}), undefined);
    assert.throws(() => oidcOptionsFrom({ 'oidc-issuer': base['oidc-issuer'] }, {}), /together/);
    assert.throws(() => oidcOptionsFrom(base, {}), /client secret/);
    assert.throws(() => oidcOptionsFrom({ ...base, 'oidc-issuer': 'http://sso.example.gov.cn/' }, { GONGKAI_OIDC_CLIENT_SECRET: 's' }), /https/);
    assert.throws(() => oidcOptionsFrom({ ...base, 'oidc-redirect-uri': 'callback' }, { GONGKAI_OIDC_CLIENT_SECRET: 's' }), /absolute URL/);
    assert.throws(() => oidcOptionsFrom({ ...base, 'oidc-client-secret-file': '/nonexistent/secret' }, {}), /cannot read/);
    assert.deepEqual(oidcOptionsFrom({ ...base, 'oidc-claim': 'employee_no' }, { GONGKAI_OIDC_CLIENT_SECRET: 's3cret' }), {
      issuer: base['oidc-issuer'],
      clientId: 'gk',
      clientSecret: 's3cret',
      redirectUri: base['oidc-redirect-uri'],
      claim: 'employee_no',
    });
  });
});
