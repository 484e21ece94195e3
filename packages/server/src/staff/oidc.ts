/**
 * Single sign-on with OpenID Connect (issue #15), which provincial 统一身份认证 platforms speak:
 * the authorization-code flow with PKCE, a nonce and a state, through openid-client. A configured
 * claim of the verified identity (default `preferred_username`) names the staff account; the
 * account must exist and be enabled — SSO never creates accounts or grants roles, the operator's
 * CLI does. What the flow needs between the two legs (state, nonce, PKCE verifier) travels in a
 * short-lived cookie sealed with a key derived from the client secret, so any process of a
 * deployment can finish a sign-in another one started, and nothing is stored.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import * as client from 'openid-client';

export interface OidcOptions {
  /** The provider's issuer URL (its discovery document is `{issuer}/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** The confidential client's secret (from a file or the environment, never argv). */
  clientSecret: string;
  /** Where the provider sends the browser back: `{public URL}{api}staff/oidc/callback`, registered with the provider. */
  redirectUri: string;
  /** The claim that holds the staff account name; default `preferred_username`. */
  claim?: string;
  /** Scopes asked for; default `openid profile`. */
  scope?: string;
  /** Where the browser goes after signing in (default `/staff/`). */
  afterSignIn?: string;
  /** The sign-in button's label on the workbench; default 统一身份认证. */
  label?: string;
}

/** Why a sign-in did not finish; the workbench shows a sentence for each, never details. */
export type OidcFailure = 'expired' | 'refused' | 'unknown-account';

export const OIDC_STATE_COOKIE = 'gk_oidc';
/** A sign-in must come back within this time. */
const STATE_TTL_MS = 10 * 60_000;

interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  expires: number;
}

export class OidcSignIn {
  readonly claim: string;
  readonly afterSignIn: string;
  readonly label: string;
  private config: Promise<client.Configuration> | undefined;
  private readonly key: Buffer;

  constructor(private readonly options: OidcOptions) {
    this.claim = options.claim ?? 'preferred_username';
    this.afterSignIn = options.afterSignIn ?? '/staff/';
    this.label = options.label ?? '统一身份认证';
    this.key = Buffer.from(hkdfSync('sha256', options.clientSecret, 'gongkai-oidc-state', options.clientId, 32));
  }

  /** Discovery, once; retried on the next sign-in after a failure (the provider may have been down). */
  private configuration(): Promise<client.Configuration> {
    this.config ??= client
      .discovery(new URL(this.options.issuer), this.options.clientId, this.options.clientSecret, undefined, {
        // Plain http only for a provider on this machine (tests, a local development provider).
        ...(isLoopback(this.options.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.config = undefined;
        throw error;
      });
    return this.config;
  }

  /** The URL the provider sent the browser to: the registered redirect URI with the query it added. */
  callbackUrl(query: string): URL {
    const url = new URL(this.options.redirectUri);
    url.search = query;
    return url;
  }

  /** The provider's authorization URL and the sealed cookie value to set with the redirect. */
  async start(now = Date.now()): Promise<{ url: string; cookie: string }> {
    const config = await this.configuration();
    const flow: FlowState = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), expires: now + STATE_TTL_MS };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: this.options.scope ?? 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, cookie: this.seal(flow) };
  }

  /**
   * Finishes the flow at the callback: checks state, exchanges the code (PKCE), verifies the ID
   * token (signature, issuer, audience, nonce, expiry — openid-client), and returns the account
   * name the configured claim gives (from the ID token, else from the userinfo endpoint).
   */
  async finish(callbackUrl: URL, cookie: string | undefined, now = Date.now()): Promise<{ account: string } | { failure: OidcFailure }> {
    const flow = cookie === undefined ? undefined : this.unseal(cookie);
    if (!flow || flow.expires < now) return { failure: 'expired' };
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
    } catch {
      // A denied consent, a wrong state, a replayed code, a bad token: the browser is told no more.
      return { failure: 'refused' };
    }
    const claims = tokens.claims();
    if (!claims) return { failure: 'refused' };
    let value: unknown = claims[this.claim];
    if (value === undefined) {
      try {
        value = (await client.fetchUserInfo(config, tokens.access_token, claims.sub))[this.claim];
      } catch {
        return { failure: 'refused' };
      }
    }
    if (typeof value !== 'string' || value === '' || value.length > 64) return { failure: 'unknown-account' };
    return { account: value };
  }

  private seal(flow: FlowState): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  private unseal(sealed: string): FlowState | undefined {
    try {
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return undefined;
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      const flow = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as Partial<FlowState>;
      return typeof flow.state === 'string' && typeof flow.nonce === 'string' && typeof flow.verifier === 'string' && typeof flow.expires === 'number' ? (flow as FlowState) : undefined;
    } catch {
      return undefined;
    }
  }
}

function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
