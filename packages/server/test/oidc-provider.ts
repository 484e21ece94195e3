/**
 * A real OpenID provider for the single sign-on tests (oidc-provider on loopback, with its
 * development login and consent pages, where any login is accepted): one confidential client whose
 * redirect URI is the server's callback. The server's port must be known first, hence freePort().
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A free loopback port (the provider must know the callback before the server starts). */
export async function freePort(): Promise<number> {
  const probe = createHttpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcProvider(client: { id: string; secret: string; redirectUri: string }): Promise<TestProvider> {
  let handler: ReturnType<Provider['callback']> | undefined;
  const server = createHttpServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: client.id, client_secret: client.secret, redirect_uris: [client.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    // The platform's account id becomes preferred_username, which names the staff account.
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, preferred_username: sub }) }),
    claims: { openid: ['sub'], profile: ['preferred_username'] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
  });
  handler = provider.callback();
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
