/**
 * `<gk-wb-sign-in>`: name and password, one generic failure message (never which part was
 * wrong). Native inputs with autocomplete hints so the browser's password manager helps; the
 * password is cleared after each attempt and never kept anywhere else.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import { ApiError } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { StaffSession } from '../api/types.js';
import { WorkbenchElement } from '../workbench-element.js';

export class GkWbSignIn extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    onSignedIn: { attribute: false },
    /** Shown when the session ended while working ("your work on this page is kept"). */
    expired: { type: Boolean },
    failure: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi | undefined;
  declare onSignedIn: ((session: StaffSession) => void) | undefined;
  declare expired: boolean;
  declare failure: string;
  declare busy: boolean;

  constructor() {
    super();
    this.expired = false;
    this.failure = '';
    this.busy = false;
  }

  override render(): TemplateResult {
    return html`<div part="base">
      <h1 tabindex="-1">${msg('登录工作台', { id: 'wb.signIn.title' })}</h1>
      ${this.expired ? html`<p class="gk-notice">${msg('登录已过期，请重新登录。本页已填写的内容会保留。', { id: 'wb.signIn.expired' })}</p>` : ''}
      ${this.failure ? html`<p class="refusal" role="alert" id="sign-in-failure" tabindex="-1">${this.failure}</p>` : ''}
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
    this.renderRoot.querySelector('form')?.reset();
  }
}
