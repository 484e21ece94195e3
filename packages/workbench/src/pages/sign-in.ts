/**
 * `<gk-wb-sign-in>`: name and password, one generic failure message (never which part was
 * wrong). Native inputs with autocomplete hints so the browser's password manager helps; the
 * password is cleared after each attempt and never kept anywhere else. When the server has a
 * single sign-on provider (统一身份认证), a link starts it; the provider sends the browser back
 * with `?sso=<reason>` when it did not end in a session, which is said here once and removed
 * from the address.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';
import { ApiError } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { SignInMethods, StaffSession } from '../api/types.js';
import { WorkbenchElement } from '../workbench-element.js';

export class GkWbSignIn extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    onSignedIn: { attribute: false },
    /** Shown when the session ended while working ("your work on this page is kept"). */
    expired: { type: Boolean },
    failure: { state: true },
    busy: { state: true },
    methods: { state: true },
  };

  declare api: StaffApi | undefined;
  declare onSignedIn: ((session: StaffSession) => void) | undefined;
  declare expired: boolean;
  declare failure: string;
  declare busy: boolean;
  declare methods: SignInMethods | undefined;
  #ssoReason = takeSsoReason();

  constructor() {
    super();
    this.expired = false;
    this.failure = '';
    this.busy = false;
    this.methods = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') && this.api) void this.api.signInMethods().then((methods) => (this.methods = methods));
  }

  #ssoMessage(): string {
    switch (this.#ssoReason) {
      case 'unknown-account':
        return msg('统一身份认证账号尚未开通工作台，请联系本机关的工作台管理员。', { id: 'wb.signIn.sso.unknownAccount' });
      case 'expired':
        return msg('统一身份认证登录超时，请重新登录。', { id: 'wb.signIn.sso.expired' });
      case 'refused':
        return msg('统一身份认证未完成登录，请重试，或使用用户名和密码登录。', { id: 'wb.signIn.sso.refused' });
      default:
        return '';
    }
  }

  #renderSso(): TemplateResult | string {
    const sso = this.methods?.sso;
    if (!sso) return '';
    return html`<div class="actions">
        <a class="gk-button gk-button--primary" href=${sso.start}>${msg(str`使用${sso.label}登录`, { id: 'wb.signIn.sso.start' })}</a>
      </div>
      <p class="sso-or">${msg('或使用用户名和密码登录：', { id: 'wb.signIn.sso.or' })}</p>`;
  }

  override render(): TemplateResult {
    return html`<div part="base">
      <h1 tabindex="-1">${msg('登录工作台', { id: 'wb.signIn.title' })}</h1>
      ${this.expired ? html`<p class="gk-notice">${msg('登录已过期，请重新登录。本页已填写的内容会保留。', { id: 'wb.signIn.expired' })}</p>` : ''}
      ${this.failure ? html`<p class="refusal" role="alert" id="sign-in-failure" tabindex="-1">${this.failure}</p>` : ''}
      ${this.#ssoReason ? html`<p class="refusal" role="alert" id="sso-failure">${this.#ssoMessage()}</p>` : ''}
      ${this.#renderSso()}
      <form @submit=${this.#onSubmit}>
        <div class="field">
          <label class="field__label" for="name">${msg('用户名', { id: 'wb.signIn.name' })}</label>
          <input class="field__input" id="name" name="username" autocomplete="username" required autocapitalize="none" spellcheck="false" />
        </div>
        <div class="field">
          <label class="field__label" for="password">${msg('密码', { id: 'wb.signIn.password' })}</label>
          <input class="field__input" id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <div class="actions">
          <button class="gk-button gk-button--primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('正在登录…', { id: 'wb.signIn.busy' }) : msg('登录', { id: 'wb.signIn.submit' })}</button>
        </div>
      </form>
    </div>`;
  }

  #onSubmit = async (event: Event) => {
    event.preventDefault();
    const name = this.renderRoot.querySelector<HTMLInputElement>('#name')!;
    const password = this.renderRoot.querySelector<HTMLInputElement>('#password')!;
    if (!this.api || this.busy) return;
    this.busy = true;
    this.failure = '';
    try {
      const session = await this.api.signIn(name.value.trim(), password.value);
      password.value = '';
      this.onSignedIn?.(session);
    } catch (error) {
      password.value = '';
      // One message for every failed sign-in (unknown user, wrong password, disabled, locked);
      // other failures (throttled, server down) say what the server said.
      this.failure = error instanceof ApiError && error.status !== 401 ? error.message : this.localize(() => msg('用户名或密码错误', { id: 'wb.signIn.failed' }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sign-in-failure')?.focus();
    } finally {
      this.busy = false;
    }
  };

  /** Empties the form, e.g. after signing out (no name or password left in the page). */
  reset(): void {
    this.failure = '';
    this.#ssoReason = '';
    this.renderRoot.querySelector('form')?.reset();
  }
}

/** The `?sso=` reason the server's callback sent the browser back with, removed from the address bar. */
function takeSsoReason(): string {
  const url = new URL(location.href);
  const reason = url.searchParams.get('sso') ?? '';
  if (reason === '') return '';
  url.searchParams.delete('sso');
  history.replaceState(history.state, '', url.href);
  return ['unknown-account', 'expired', 'refused'].includes(reason) ? reason : 'refused';
}
