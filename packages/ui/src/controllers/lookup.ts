/**
 * Looking up one's own submission with its number and query code (the application's status, the
 * letter's progress), written once as a Lit reactive controller for both forms.
 *
 * Both fields are required (the first empty one takes focus); the newest lookup wins; a wrong
 * number and a wrong code get the one generic "not found" (`notFound`), because the server
 * answers both with the same 404 and the page must not hint which was wrong (docs/design.md §5);
 * any other failure is a message in the reader's language; a result takes focus.
 *
 * The element creates it when its lookup chunk has loaded (`find` comes from there), so the
 * first load does not carry it.
 */
import type { LitElement, ReactiveController } from 'lit';
import { SourceError, isAbortError } from '@gongkai/client';
import { pickText } from '../base/text.js';

export { renderLookupField } from '../views/lookup-field.js';
import type { Locale } from '../localize/locale.js';

export interface LookupState<R> {
  /** The tracking or letter number and the query code, as typed. */
  number: string;
  code: string;
  errors: { number?: string; code?: string };
  busy: boolean;
  /** No submission with this number and code (one answer for either being wrong). */
  notFound: boolean;
  failure: string | undefined;
  result: R | undefined;
}

export interface LookupMessages {
  needNumber: string;
  needCode: string;
  /** When the failure carries no message of its own. */
  failed: string;
}

export interface LookupHost extends LitElement {
  api?: string | undefined;
  readonly locale: Locale;
}

export interface LookupControllerOptions<R> {
  /** Selectors of the two inputs and of the result (each takes focus in its turn). */
  numberInput: string;
  codeInput: string;
  resultSelector: string;
  /** The messages, in the reader's language (the element runs its `localize`). */
  messages(): LookupMessages;
  /** The contract's lookup (lookupApplication, lookupLetter): undefined on a 404. */
  find(api: string, number: string, code: string, signal: AbortSignal): Promise<R | undefined>;
  /** A new lookup starts (the mailbox forgets a rating in progress). */
  started?(): void;
}

export const emptyLookup = <R>(): LookupState<R> => ({ number: '', code: '', errors: {}, busy: false, notFound: false, failure: undefined, result: undefined });

export class LookupController<R> implements ReactiveController {
  readonly #host: LookupHost;
  readonly #o: LookupControllerOptions<R>;
  #state: LookupState<R> = emptyLookup<R>();
  #abort: AbortController | undefined;

  constructor(host: LookupHost, options: LookupControllerOptions<R>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  get state(): LookupState<R> {
    return this.#state;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  #set(patch: Partial<LookupState<R>>): void {
    this.#state = { ...this.#state, ...patch };
    this.#host.requestUpdate();
  }

  input(field: 'number' | 'code', value: string): void {
    this.#set({ [field]: value });
  }

  /** Replaces the result (the mailbox's rating answers with the rated letter). */
  setResult(result: R): void {
    this.#set({ result });
  }

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The lookup form's submit handler. */
  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const number = this.#state.number.trim();
    const code = this.#state.code.trim();
    const messages = this.#o.messages();
    const errors = { ...(number ? {} : { number: messages.needNumber }), ...(code ? {} : { code: messages.needCode }) };
    this.#o.started?.();
    this.#abort?.abort();
    this.#set({ errors, busy: false, notFound: false, failure: undefined, result: undefined });
    const api = this.#host.api;
    if (errors.number || errors.code) return this.#focus(errors.number ? this.#o.numberInput : this.#o.codeInput);
    if (!api) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ busy: true });
    try {
      const result = await this.#o.find(api, number, code, abort.signal);
      if (abort.signal.aborted) return;
      this.#set({ busy: false, result, notFound: result === undefined });
      if (result) await this.#focus(this.#o.resultSelector);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.#set({ busy: false, failure: error instanceof SourceError ? pickText(error.messages, this.#host.locale) : messages.failed });
    }
  }
}
