/**
 * Single sign-on routes under `{api}staff/`: which sign-in methods there are (for the workbench's
 * sign-in page), and the two legs of the OpenID Connect flow. The callback ends in the same
 * session as a password sign-in (cookie, CSRF token, timeouts) for an enabled account the
 * configured claim names; every failure sends the browser back to the workbench with a reason
 * code and nothing else.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { OIDC_STATE_COOKIE, type OidcFailure, type OidcSignIn } from '../staff/oidc.js';
import { cookie, setSessionCookie, type StaffAuthContext } from './staff-auth.js';

export interface OidcRouteContext extends StaffAuthContext {
  oidc?: OidcSignIn;
}

function stateCookie(ctx: OidcRouteContext, request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  // Lax, not Strict: the provider's redirect back is a cross-site navigation, which must carry it.
  // Scoped to the two OIDC paths, HttpOnly, sealed and good for one sign-in of ten minutes.
  return `${OIDC_STATE_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=${ctx.apiPrefix}staff/oidc/; Max-Age=${maxAgeSeconds}${secure}`;
}

export function registerOidcRoutes(staff: FastifyInstance, ctx: OidcRouteContext): void {
  const { oidc } = ctx;
  staff.get('session/methods', { config: { access: 'session.methods' } }, async () => ({
    password: true,
    sso: oidc ? { label: oidc.label, start: `${ctx.apiPrefix}staff/oidc/start` } : null,
  }));
  if (!oidc) return;

  staff.get('oidc/start', { config: { access: 'oidc.start' } }, async (request, reply) => {
    const { url, cookie: sealed } = await oidc.start();
    void reply.header('Set-Cookie', stateCookie(ctx, request, sealed, 600));
    return reply.redirect(url, 303);
  });

  staff.get('oidc/callback', { config: { access: 'oidc.callback' } }, async (request, reply) => {
    const back = (failure: OidcFailure) => reply.redirect(`${oidc.afterSignIn}?sso=${failure}`, 303);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const result = await oidc.finish(oidc.callbackUrl(query), cookie(request, OIDC_STATE_COOKIE));
    void reply.header('Set-Cookie', stateCookie(ctx, request, '', 0));
    if ('failure' in result) return back(result.failure);
    // Unknown and disabled accounts look the same from outside.
    const principal = await ctx.staff.accounts.principalByName(result.account, 'session');
    if (!principal) return back('unknown-account');
    const session = await ctx.staff.sessions.create(result.account);
    setSessionCookie(ctx, request, reply as FastifyReply, session.id);
    return reply.redirect(oidc.afterSignIn, 303);
  });
}
