/**
 * `--oidc-*` options of `gongkai-server` → OidcOptions. The client secret comes from a file
 * (`--oidc-client-secret-file`, e.g. a mounted secret) or the environment
 * (`GONGKAI_OIDC_CLIENT_SECRET`), never from argv, which other users of the machine can read.
 */
import { readFileSync } from 'node:fs';
import type { OidcOptions } from './oidc.js';

export const OIDC_CLI_OPTIONS = {
  'oidc-issuer': { type: 'string' },
  'oidc-client-id': { type: 'string' },
  'oidc-client-secret-file': { type: 'string' },
  'oidc-redirect-uri': { type: 'string' },
  'oidc-claim': { type: 'string' },
  'oidc-label': { type: 'string' },
} as const;

export const OIDC_HELP = `  --oidc-issuer <url>            staff single sign-on: the OpenID provider (with the four below)
  --oidc-client-id <id>          the client registered with it
  --oidc-client-secret-file <f>  its secret (or GONGKAI_OIDC_CLIENT_SECRET; never on the command line)
  --oidc-redirect-uri <url>      registered callback: https://<host>/api/staff/oidc/callback
  --oidc-claim <name>            claim naming the staff account (default preferred_username)
  --oidc-label <text>            the workbench's button (default 统一身份认证)
`;

type OidcValues = Partial<Record<keyof typeof OIDC_CLI_OPTIONS, string>>;

/** undefined when no `--oidc-*` option is given; throws an Error with the sentence to print otherwise. */
export function oidcOptionsFrom(values: OidcValues, env: NodeJS.ProcessEnv): OidcOptions | undefined {
  const given = Object.keys(OIDC_CLI_OPTIONS).filter((name) => values[name as keyof OidcValues] !== undefined);
  if (given.length === 0) return undefined;
  const issuer = values['oidc-issuer'];
  const clientId = values['oidc-client-id'];
  const redirectUri = values['oidc-redirect-uri'];
  if (!issuer || !clientId || !redirectUri) throw new Error('single sign-on needs --oidc-issuer, --oidc-client-id and --oidc-redirect-uri together');
  for (const [name, url] of [['--oidc-issuer', issuer], ['--oidc-redirect-uri', redirectUri]] as const) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`${name} must be an absolute URL, got "${url}"`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) throw new Error(`${name} must be https (http only on this machine)`);
  }
  let clientSecret = env['GONGKAI_OIDC_CLIENT_SECRET'];
  const secretFile = values['oidc-client-secret-file'];
  if (secretFile !== undefined) {
    try {
      clientSecret = readFileSync(secretFile, 'utf8').trim();
    } catch {
      throw new Error(`cannot read --oidc-client-secret-file ${secretFile}`);
    }
  }
  if (!clientSecret) throw new Error('single sign-on needs the client secret: --oidc-client-secret-file FILE or GONGKAI_OIDC_CLIENT_SECRET');
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    ...(values['oidc-claim'] ? { claim: values['oidc-claim'] } : {}),
    ...(values['oidc-label'] ? { label: values['oidc-label'] } : {}),
  };
}
