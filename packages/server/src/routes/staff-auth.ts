/**
 * Who is calling the staff API, and may they: the authentication hook (a bearer API token or
 * the session cookie), CSRF protection for cookie requests, the role check against the ACCESS
 * table, and the session endpoints the workbench signs in and out with.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validateBody } from '../http-helpers.js';
import { HttpProblem, TITLES } from '../problem.js';
import { ACCESS, mayCall, permissionsOf, sectionsOf } from '../staff/access.js';
import type { Principal } from '../staff/principal.js';
import { sameSecret } from '../staff/secrets.js';
import type { StaffService } from '../staff/service.js';
import { signInSchema } from '../staff-schemas.js';

export const SESSION_COOKIE = 'gk_staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AgencyInfo {
  id: string;
  name: string;
  units: string[];
}

export interface StaffAuthContext {
  staff: StaffService;
  /** The cookie's Path: the API prefix. */
  apiPrefix: string;
  /** The caller's agencies with their names (agency directory) and units. */
  agencies(ids: readonly string[]): Promise<AgencyInfo[]>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the staff hook for every authenticated staff request. */
    principal?: Principal;
    /** The session cookie's value when the request was authenticated by it. */
    staffSessionId?: string;
    csrfToken?: string;
  }
}

const unauthorized = () => new HttpProblem(401, 'unauthorized', TITLES.unauthorized, [], { 'WWW-Authenticate': 'Bearer' });

export function cookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * An `Authorization` header must be `Bearer <token>` (the token is everything after the space:
 * any characters; looked up by hash, so `Bearer =` or an empty token simply match nothing).
 * Without one, the session cookie. A bad bearer never falls back to the cookie.
 */
async function authenticate(ctx: StaffAuthContext, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = typeof header === 'string' ? /^Bearer (.+)$/is.exec(header.trim()) : null;
    const principal = match ? await ctx.staff.tokens.authenticate(match[1]!.trim()) : undefined;
    if (!principal) throw new HttpProblem(401, 'unauthorized', TITLES.unauthorized, [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return principal;
  }
  const id = cookie(request, SESSION_COOKIE);
  const session = id ? await ctx.staff.sessions.resume(id) : undefined;
  if (!session || !id) throw unauthorized();
  request.staffSessionId = id;
  request.csrfToken = session.csrfToken;
  return session.principal;
}

/** The staff scope's onRequest hook: authenticate, CSRF for cookie requests, then the role. */
export function staffGuard(ctx: StaffAuthContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const access = request.routeOptions.config.access;
    // Sign-in itself (password or single sign-on) has no caller yet.
    if (access !== undefined && ACCESS[access] === 'public') return;
    const principal = await authenticate(ctx, request);
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !request.csrfToken || !sameSecret(given, request.csrfToken)) throw new HttpProblem(403, 'csrf', TITLES.csrf);
    }
    // A staff route without an ACCESS entry is a programming error: refuse rather than allow.
    if (access === undefined || !mayCall(principal, access)) throw new HttpProblem(403, 'forbidden', TITLES.forbidden);
    request.principal = principal;
  };
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}


async function sessionBody(ctx: StaffAuthContext, principal: Principal, csrfToken: string | undefined) {
  return {
    user: { name: principal.name, displayName: principal.displayName, roles: principal.roles, agencies: await ctx.agencies(principal.agencies) },
    // What the caller may do, from the one ACCESS table, so clients need no copy of it (docs/staff.md "Roles").
    permissions: permissionsOf(principal),
    sections: sectionsOf(principal),
    ...(csrfToken ? { csrfToken } : {}),
  };
}

export function setSessionCookie(ctx: StaffAuthContext, request: FastifyRequest, reply: FastifyReply, value: string, clear = false): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  const expiry = clear ? '; Max-Age=0' : '';
  void reply.header('Set-Cookie', `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=${ctx.apiPrefix}${secure}${expiry}`);
}

export function registerSessionRoutes(staff: FastifyInstance, ctx: StaffAuthContext): void {
  staff.post('session', { config: { access: 'session.create' } }, async (request, reply) => {
    // Validated by hand so that a bad body reveals nothing about which member was wrong beyond its shape.
    const body = validateBody<{ name: string; password: string }>(signInSchema, request.body ?? {});
    const signedIn = await ctx.staff.signIn(body.name, body.password, request.ip);
    if (!signedIn) throw new HttpProblem(401, 'sign-in-failed', TITLES.signInFailed);
    const principal = await ctx.staff.accounts.principalByName(signedIn.account, 'session');
    if (!principal) throw new HttpProblem(401, 'sign-in-failed', TITLES.signInFailed);
    setSessionCookie(ctx, request, reply, signedIn.id);
    void reply.header('Cache-Control', 'no-store');
    return sessionBody(ctx, principal, signedIn.csrfToken);
  });
  staff.get('session', { config: { access: 'session.read' } }, async (request, reply) => {
    void reply.header('Cache-Control', 'no-store');
    return sessionBody(ctx, principalOf(request), request.csrfToken);
  });
  staff.delete('session', { config: { access: 'session.end' } }, async (request, reply) => {
    if (request.staffSessionId) await ctx.staff.sessions.end(request.staffSessionId);
    setSessionCookie(ctx, request, reply, '', true);
    return reply.code(204).send();
  });
  staff.get('agencies', { config: { access: 'agencies.list' } }, async (request) => ({ agencies: await ctx.agencies(principalOf(request).agencies) }));
}
