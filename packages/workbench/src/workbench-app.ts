/**
 * `<gk-workbench api="../api/">`: the shell — session, header (user, agencies, language,
 * sign-out), hash routing, document title and focus on each page's heading.
 *
 * When the session ends while a page is open (a 401 from any call), sign-in is shown and the
 * page is only hidden, not removed: a half-filled action form keeps what was typed, and after
 * signing in again the staff member sends it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';
import { StaffApi } from './api/client.js';
import type { StaffSession } from './api/types.js';
import { parseRoute, routeHref, type Route } from './router.js';
import { sectionOf, sectionsOf } from './sections.js';
import { WorkbenchElement } from './workbench-element.js';

export class GkWorkbench extends WorkbenchElement {
  static override properties = {
    api: { type: String },
    session: { state: true },
    route: { state: true },
    state: { state: true },
  };

  /** The API root, resolved against the page (default `../api/`: the workbench lives at /staff/). */
  declare api: string;
  declare session: StaffSession | undefined;
  declare route: Route;
  /** `checking` the session at start, `signed-out`, `expired` (401 while working), `ready`. */
  declare state: 'checking' | 'signed-out' | 'expired' | 'ready';

  #client: StaffApi | undefined;

  constructor() {
    super();
    this.api = '../api/';
    this.route = parseRoute(location.hash);
    this.state = 'checking';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#client = new StaffApi({
      base: this.api,
      language: () => (this.locale === 'en' ? 'en' : this.locale === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'),
      onUnauthorized: () => {
        if (this.state === 'ready') this.state = 'expired';
        void this.#focusHeading();
      },
    });
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  async #start(): Promise<void> {
    try {
      this.session = await this.#client!.currentSession();
    } catch {
      this.session = undefined;
    }
    this.state = this.session ? 'ready' : 'signed-out';
  }

  #onHashChange = () => {
    this.route = parseRoute(location.hash);
    void this.#focusHeading();
  };

  #onSignedIn = (session: StaffSession) => {
    this.session = session;
    this.state = 'ready';
    void this.#focusHeading();
  };

  #signOut = async () => {
    try {
      await this.#client!.signOut();
    } finally {
      this.session = undefined;
      this.state = 'signed-out';
      // Leave nothing of the last staff member's work in the page.
      location.hash = '#/requests';
      void this.#focusHeading();
    }
  };

  #toggleLanguage = () => {
    document.documentElement.lang = this.locale === 'en' ? 'zh-Hans' : 'en';
  };

  /** The route to show: the one asked for, unless its section is not among the user's (then their first section). */
  #shownRoute(): Route | undefined {
    const sections = sectionsOf(this.session);
    if (sections.includes(sectionOf(this.route.page))) return this.route;
    const first = sections[0];
    return first ? { page: first, query: new URLSearchParams() } : undefined;
  }

  /** After every render, so the title follows the page, the session and the language alike. */
  protected override updated(): void {
    this.#updateTitle();
  }

  #updateTitle(): void {
    const app = this.localize(() => msg('政务公开工作台', { id: 'wb.app.title' }));
    const page = this.localize(() => {
      if (this.state !== 'ready') return msg('登录工作台', { id: 'wb.signIn.title' });
      const route = this.#shownRoute();
      return route ? pageTitle(route) : noSectionTitle();
    });
    document.title = `${page} - ${app}`;
  }

  /** Moves focus to the heading of what is now shown, so screen readers announce the new page. */
  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    const host = this.renderRoot.querySelector(this.state === 'ready' ? '.page > *' : 'gk-wb-sign-in');
    if (host instanceof WorkbenchElement) {
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } else {
      host?.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  override render(): TemplateResult {
    const signedIn = this.state === 'ready' || this.state === 'expired';
    return html`<div part="base">
      ${this.#renderHeader()}
      <main>
        ${this.state === 'checking' ? html`<p role="status">${msg('正在连接…', { id: 'wb.app.checking' })}</p>` : nothing}
        ${this.state === 'signed-out' || this.state === 'expired'
          ? html`<gk-wb-sign-in .api=${this.#client} ?expired=${this.state === 'expired'} .onSignedIn=${this.#onSignedIn}></gk-wb-sign-in>`
          : nothing}
        ${signedIn ? html`<div class="page" ?hidden=${this.state !== 'ready'}>${this.#renderPage()}</div>` : nothing}
      </main>
    </div>`;
  }

  #renderHeader(): TemplateResult {
    const user = this.state === 'ready' ? this.session?.user : undefined;
    const shown = this.#shownRoute();
    const current = shown ? sectionOf(shown.page) : undefined;
    const sections = sectionsOf(user ? this.session : undefined);
    return html`<header class="masthead no-print">
      <p class="masthead__name">${msg('政务公开工作台', { id: 'wb.app.title' })}</p>
      ${user
        ? html`<nav aria-label=${msg('工作台导航', { id: 'wb.app.nav' })}>
              <ul>
                ${sections.includes('requests')
                  ? html`<li><a href=${routeHref({ page: 'requests', query: new URLSearchParams() })} aria-current=${current === 'requests' && !(shown?.page === 'requests' && shown.query.get('pendingApproval') === 'true') ? 'page' : 'false'}>${msg('依申请公开', { id: 'wb.app.requests' })}</a></li>`
                  : nothing}
                ${sections.includes('letters')
                  ? html`<li><a href=${routeHref({ page: 'letters', query: new URLSearchParams() })} aria-current=${current === 'letters' ? 'page' : 'false'}>${msg('来信', { id: 'wb.app.letters' })}</a></li>`
                  : nothing}
                ${sections.includes('intake')
                  ? html`<li><a href=${routeHref({ page: 'intake', query: new URLSearchParams() })} aria-current=${current === 'intake' ? 'page' : 'false'}>${msg('登记', { id: 'wb.intake.title' })}</a></li>`
                  : nothing}
                ${user.roles.includes('approver') && sections.includes('requests')
                  ? html`<li><a href=${routeHref({ page: 'requests', query: new URLSearchParams({ pendingApproval: 'true' }) })}
                      aria-current=${shown?.page === 'requests' && shown.query.get('pendingApproval') === 'true' ? 'page' : 'false'}>${msg('待审核', { id: 'wb.approval.pending' })}</a></li>`
                  : nothing}
                ${sections.includes('reports')
                  ? html`<li><a href=${routeHref({ page: 'reports', query: new URLSearchParams() })} aria-current=${current === 'reports' ? 'page' : 'false'}>${msg('年度报告', { id: 'wb.app.reports' })}</a></li>`
                  : nothing}
                ${sections.includes('templates')
                  ? html`<li><a href=${routeHref({ page: 'templates', query: new URLSearchParams() })} aria-current=${current === 'templates' ? 'page' : 'false'}>${msg('答复模板', { id: 'wb.templates.title' })}</a></li>`
                  : nothing}
              </ul>
            </nav>
            <p>
              ${msg(str`${user.displayName || user.name}，您好`, { id: 'wb.app.hello' })}
              <span class="gk-muted">${user.agencies.map((agency) => agency.name).join('、')}</span>
            </p>`
        : nothing}
      <div class="actions">
        <button type="button" class="gk-button" lang=${this.locale === 'en' ? 'zh-Hans' : 'en'} @click=${this.#toggleLanguage}>${this.locale === 'en' ? '中文' : 'English'}</button>
        ${user ? html`<button type="button" class="gk-button" @click=${this.#signOut}>${msg('退出登录', { id: 'wb.app.signOut' })}</button>` : nothing}
      </div>
    </header>`;
  }

  #renderPage(): TemplateResult {
    const api = this.#client;
    const user = this.session?.user;
    const route = this.#shownRoute();
    if (!route) return html`<div part="base"><h1 tabindex="-1">${noSectionTitle()}</h1><p>${msg('您的角色没有可在工作台办理的事项（审计日志请使用接口）。', { id: 'wb.app.noSectionText' })}</p></div>`;
    switch (route.page) {
      case 'requests':
        return html`<gk-wb-request-queue .api=${api} .user=${user} .query=${route.query}></gk-wb-request-queue>`;
      case 'letters':
        return html`<gk-wb-letter-queue .api=${api} .user=${user} .query=${route.query}></gk-wb-letter-queue>`;
      case 'request':
        return html`<gk-wb-request-page .api=${api} .user=${user} .permissions=${this.session?.permissions} .entityId=${route.id}></gk-wb-request-page>`;
      case 'letter':
        return html`<gk-wb-letter-page .api=${api} .user=${user} .entityId=${route.id}></gk-wb-letter-page>`;
      case 'reports':
        return html`<gk-wb-report-page .api=${api} .user=${user} .query=${route.query}></gk-wb-report-page>`;
      case 'intake':
        return html`<gk-wb-intake-page .api=${api} .user=${user} .query=${route.query}></gk-wb-intake-page>`;
      case 'templates':
        return html`<gk-wb-templates-page .api=${api} .user=${user} .query=${route.query}></gk-wb-templates-page>`;
    }
  }
}

function noSectionTitle(): string {
  return msg('没有可办理的事项', { id: 'wb.app.noSection' });
}

function pageTitle(route: Route): string {
  switch (route.page) {
    case 'requests': return msg('依申请公开办理', { id: 'wb.requests.title' });
    case 'letters': return msg('来信办理', { id: 'wb.letters.title' });
    case 'request': return msg(str`申请 ${route.id}`, { id: 'wb.request.title' });
    case 'letter': return msg(str`来信 ${route.id}`, { id: 'wb.letter.title' });
    case 'reports': return msg('政府信息公开工作年度报告', { id: 'wb.report.title' });
    case 'intake': return msg('登记', { id: 'wb.intake.title' });
    case 'templates': return msg('答复模板', { id: 'wb.templates.title' });
  }
}
