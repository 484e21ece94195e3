/**
 * The workbench's only way to the server: same-origin fetch with the session cookie, the CSRF
 * header on every state-changing request, problem+json refusals turned into plain text.
 *
 * A 401 on any call (session expired, signed out elsewhere) calls `onUnauthorized` instead of
 * surfacing as an error on the page: the shell then shows sign-in over the page, which keeps its
 * half-filled form, and the staff member sends it again once signed in.
 */
import type { AnnualReport, LetterPublication, OfflineReceipt, Page, PersonalDetails, ReplyTemplate, ReplyTemplateInput, SignInMethods, StaffAgency, StaffLetter, StaffRequest, StaffSession } from './types.js';

/** A refusal or failure the page shows as it is: the server's words, in the page's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Field-level problems (`errors[]` of the problem body), by the server's JSON path. */
    readonly fieldErrors: ReadonlyArray<{ path: string; message: string }> = [],
    readonly code = '',
  ) {
    super(message);
  }
}

/** A 401: the shell asks for sign-in; pages just stop what they were doing. */
export class SignInRequired extends ApiError {}

export interface StaffApiOptions {
  /** The API root, e.g. `/api/` or `../api/` (resolved against the page). */
  base: string;
  /** Sent as Accept-Language so refusals come in the page's language. */
  language: () => string;
  onUnauthorized: () => void;
  fetch?: typeof fetch;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class StaffApi {
  #csrfToken = '';
  readonly #base: URL;

  constructor(private readonly options: StaffApiOptions) {
    this.#base = new URL(options.base, document.baseURI);
  }

  /* ---- session */

  async currentSession(): Promise<StaffSession | undefined> {
    try {
      return this.#remember(await this.#call<StaffSession>('GET', 'staff/session', undefined, { quiet401: true }));
    } catch (error) {
      if (error instanceof SignInRequired) return undefined;
      throw error;
    }
  }

  /** How this server lets staff sign in; a server without the endpoint offers passwords only. */
  async signInMethods(): Promise<SignInMethods> {
    try {
      return await this.#call<SignInMethods>('GET', 'staff/session/methods', undefined, { quiet401: true });
    } catch {
      return { password: true, sso: null };
    }
  }

  async signIn(name: string, password: string): Promise<StaffSession> {
    return this.#remember(await this.#call<StaffSession>('POST', 'staff/session', { name, password }, { quiet401: true }));
  }

  async signOut(): Promise<void> {
    try {
      await this.#call('DELETE', 'staff/session', undefined, { quiet401: true });
    } catch (error) {
      // Already signed out on the server: the result the staff member wanted.
      if (!(error instanceof SignInRequired)) throw error;
    } finally {
      this.#csrfToken = '';
    }
  }

  async agencies(): Promise<StaffAgency[]> {
    return (await this.#call<{ agencies: StaffAgency[] }>('GET', 'staff/agencies')).agencies;
  }

  /* ---- applications */

  listRequests(query: URLSearchParams): Promise<Page<StaffRequest>> {
    return this.#call('GET', `staff/disclosure/requests?${query}`);
  }

  request(trackingNumber: string): Promise<StaffRequest> {
    return this.#call('GET', `staff/disclosure/requests/${encodeURIComponent(trackingNumber)}?view=masked`);
  }

  /** The full applicant; the server writes a `read-personal` audit entry for it. */
  async applicant(trackingNumber: string): Promise<PersonalDetails> {
    return (await this.#call<{ applicant: PersonalDetails }>('GET', `staff/disclosure/requests/${encodeURIComponent(trackingNumber)}/applicant`)).applicant;
  }

  /** The actions the caller may take on the application now, when the detail body does not list them. */
  async requestActions(trackingNumber: string): Promise<string[]> {
    const body = await this.#call<string[] | { actions?: unknown; allowedActions?: unknown }>('GET', `staff/disclosure/requests/${encodeURIComponent(trackingNumber)}/actions`);
    return actionNames(body);
  }

  actOnRequest(trackingNumber: string, action: string, body: Record<string, unknown>): Promise<StaffRequest> {
    return this.#call('POST', `staff/disclosure/requests/${encodeURIComponent(trackingNumber)}/${encodeURIComponent(action)}`, body);
  }

  /** The agency's reply templates (handlers and approvers may read them). */
  async replyTemplates(agencyId: string): Promise<ReplyTemplate[]> {
    return (await this.#call<{ templates: ReplyTemplate[] }>('GET', `staff/agencies/${encodeURIComponent(agencyId)}/reply-templates`)).templates;
  }

  /** The list with the placeholders the server accepts in a body (its REPLY_TEMPLATE_PLACEHOLDERS), for the editing page. */
  replyTemplateList(agencyId: string): Promise<{ placeholders: string[]; templates: ReplyTemplate[] }> {
    return this.#call('GET', `staff/agencies/${encodeURIComponent(agencyId)}/reply-templates`);
  }

  /** Approvers only (`templates.edit`); each change is an audit entry of the agency. */
  createReplyTemplate(agencyId: string, template: ReplyTemplateInput): Promise<ReplyTemplate> {
    return this.#call('POST', `staff/agencies/${encodeURIComponent(agencyId)}/reply-templates`, template);
  }

  updateReplyTemplate(agencyId: string, id: number, template: ReplyTemplateInput): Promise<ReplyTemplate> {
    return this.#call('PUT', `staff/agencies/${encodeURIComponent(agencyId)}/reply-templates/${encodeURIComponent(String(id))}`, template);
  }

  deleteReplyTemplate(agencyId: string, id: number): Promise<void> {
    return this.#call('DELETE', `staff/agencies/${encodeURIComponent(agencyId)}/reply-templates/${encodeURIComponent(String(id))}`);
  }

  /* ---- letters */

  listLetters(query: URLSearchParams): Promise<Page<StaffLetter>> {
    return this.#call('GET', `staff/mailbox/letters?${query}`);
  }

  letter(letterNumber: string): Promise<StaffLetter> {
    return this.#call('GET', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}?view=masked`);
  }

  /** The full writer's details; audited by the server. */
  async writer(letterNumber: string): Promise<PersonalDetails> {
    return (await this.#call<{ writer: PersonalDetails }>('GET', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}/writer`)).writer;
  }

  /** The letter as written (subject and content unmasked), for the review before publishing; audited by the server. */
  letterAsWritten(letterNumber: string): Promise<StaffLetter> {
    return this.#call('GET', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}`);
  }

  async letterActions(letterNumber: string): Promise<string[]> {
    const body = await this.#call<string[] | { actions?: unknown; allowedActions?: unknown }>('GET', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}/actions`);
    return actionNames(body);
  }

  publication(letterNumber: string): Promise<LetterPublication> {
    return this.#call('GET', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}/publication`);
  }

  actOnLetter(letterNumber: string, action: string, body: Record<string, unknown>): Promise<StaffLetter> {
    return this.#call('POST', `staff/mailbox/letters/${encodeURIComponent(letterNumber)}/${encodeURIComponent(action)}`, body);
  }

  /* ---- offline intake (registrar) */

  /** An application received in person, by post or by fax; `key` is the Idempotency-Key, the same for every retry of one entry. */
  registerRequest(body: Record<string, unknown>, key: string): Promise<OfflineReceipt> {
    return this.#call('POST', 'staff/disclosure/requests', body, { headers: { 'Idempotency-Key': key } });
  }

  registerLetter(body: Record<string, unknown>, key: string): Promise<OfflineReceipt> {
    return this.#call('POST', 'staff/mailbox/letters', body, { headers: { 'Idempotency-Key': key } });
  }

  /* ---- reports */

  annualReport(year: number, agencyId?: string): Promise<AnnualReport> {
    const query = new URLSearchParams({ year: String(year), ...(agencyId ? { agencyId } : {}) });
    return this.#call('GET', `staff/reports/annual?${query}`);
  }

  /**
   * The address of the report as a file (`csv` or `xlsx`), for a plain download link: a GET the
   * browser sends with the session cookie (same site, so SameSite=Strict allows it; no CSRF
   * token, as it changes nothing). The server answers it as an attachment.
   */
  annualReportFileUrl(year: number, agencyId: string | undefined, format: 'csv' | 'xlsx'): string {
    // `lang`: a link carries the browser's Accept-Language, not the page's language.
    const query = new URLSearchParams({ year: String(year), ...(agencyId ? { agencyId } : {}), format, lang: this.options.language() });
    return new URL(`staff/reports/annual?${query}`, this.#base).href;
  }

  /* ---- plumbing */

  #remember(session: StaffSession): StaffSession {
    this.#csrfToken = session.csrfToken;
    return session;
  }

  async #call<T>(method: string, path: string, body?: unknown, { quiet401 = false, headers: extra = {} as Record<string, string> } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.options.language(), ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (MUTATING.has(method) && this.#csrfToken) headers['X-CSRF-Token'] = this.#csrfToken;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(new URL(path, this.#base), {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, networkMessage(this.options.language()));
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const parsed = parseJson(text);
    if (response.ok) return parsed as T;
    const error = problemOf(response.status, parsed, this.options.language());
    if (response.status === 401) {
      this.#csrfToken = '';
      if (!quiet401) this.options.onUnauthorized();
      throw new SignInRequired(401, error.message, error.fieldErrors, error.code);
    }
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function actionNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { actions?: unknown; allowedActions?: unknown } | undefined)?.actions ?? (body as { allowedActions?: unknown } | undefined)?.allowedActions);
  return Array.isArray(list) ? list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { action?: unknown; name?: unknown }).action ?? (entry as { name?: unknown }).name ?? ''))).filter(Boolean) : [];
}

/**
 * The plain sentence for a problem body: the field messages when there are any (a 409's
 * "该申请已确认收到，不能再次确认" is one), else its title. Never the raw JSON.
 */
export function problemOf(status: number, body: unknown, language: string): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as { title?: unknown; detail?: unknown; code?: unknown; type?: unknown; errors?: unknown };
  const fieldErrors = Array.isArray(problem.errors)
    ? problem.errors
        .filter((e): e is { path?: unknown; message?: unknown } => typeof e === 'object' && e !== null)
        .map((e) => ({ path: typeof e.path === 'string' ? e.path : '', message: typeof e.message === 'string' ? e.message : '' }))
        .filter((e) => e.message !== '')
    : [];
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  const title = typeof problem.title === 'string' ? problem.title : '';
  const message = fieldErrors.length > 0 ? fieldErrors.map((e) => e.message).join('；') : detail || title || fallbackMessage(status, language);
  const code = typeof problem.code === 'string' ? problem.code : typeof problem.type === 'string' ? problem.type.replace(/^urn:gongkai:problem:/, '') : '';
  return new ApiError(status, message, fieldErrors, code);
}

// These two run outside rendering (no element's catalog is active), so they carry both languages.
function fallbackMessage(status: number, language: string): string {
  return language.startsWith('en') ? `The server refused (HTTP ${status}).` : `服务器未能处理该请求（HTTP ${status}）。`;
}

function networkMessage(language: string): string {
  return language.startsWith('en') ? 'The server could not be reached. Check the connection and try again.' : '无法连接服务器，请检查网络后重试。';
}
