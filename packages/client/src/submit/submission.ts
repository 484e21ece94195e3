/**
 * Sends one form submission (an application, a letter) to a server speaking the REST contract,
 * so that a citizen never loses it and never files it twice.
 *
 * - Every attempt is `POST {api}/{path}` with the same `Idempotency-Key`: a retry after a lost
 *   response gets the stored record back instead of creating a second one.
 * - Network errors, timeouts, 408/425/429 and 5xx are retried with exponential backoff and jitter
 *   (honouring `Retry-After`); `409` means "the same key is still being processed" and is retried
 *   after a short delay. Any other 4xx is final: the body was refused, usually with field errors.
 * - After `maxAutoAttempts` the submission stops retrying on its own but stays retryable: the
 *   person (or the browser coming back online) can `retryNow()`.
 * - The state is observable for the UI: sending → waiting (with when) → … → done, or failed.
 */
import { resolveUrl, type FetchFunction } from '../sources/http.js';
import { SourceError } from '../sources/source-error.js';
import { retryAfterMs, submissionHttpError } from './problem.js';

/** Why the last attempt did not succeed, while a retry is pending. */
export type RetryReason = 'network' | 'timeout' | 'server' | 'in-flight' | 'rate-limited';

export type SubmissionState<R> =
  | { phase: 'idle'; attempt: 0 }
  | { phase: 'sending'; attempt: number }
  /** Not sent yet; the next attempt starts at `retryAt` (epoch ms) unless `retryNow()` is called. */
  | { phase: 'waiting'; attempt: number; retryAt: number; reason: RetryReason; status?: number }
  /** `retryable`: automatic retries are used up but `retryNow()` may still succeed; otherwise the server refused the body. */
  | { phase: 'failed'; attempt: number; retryable: boolean; reason?: RetryReason; error: SourceError }
  | { phase: 'done'; attempt: number; status: number; result: R };

export interface SubmissionOptions<B, R> {
  /** Base URL of the server (the element's `api` attribute). */
  api: string;
  /** Contract path under `api`, e.g. `disclosure/requests` or `mailbox/letters`. */
  path: string;
  body: B;
  /** Created once per application (createIdempotencyKey) and reused for every retry. */
  idempotencyKey: string;
  /** Elements pass document.baseURI. */
  baseUrl?: string;
  headers?: Record<string, string>;
  fetch?: FetchFunction;
  /** Checks and types the success body; throwing makes the submission fail (the server's answer is unusable). */
  parse?: (value: unknown) => R;
  /** One attempt is abandoned after this long (default 15 s). */
  timeoutMs?: number;
  /** First retry delay (default 1 s); doubles per attempt up to `maxDelayMs` (default 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Delay after a 409 "still in flight" without Retry-After (default 2 s). */
  inFlightDelayMs?: number;
  /** Attempts before waiting for `retryNow()` (default 6). */
  maxAutoAttempts?: number;
  /** Retry at once when the browser reports it is back online (default true). */
  retryWhenOnline?: boolean;
}

type Listener<R> = (state: SubmissionState<R>) => void;

const RETRY_STATUSES = new Set([408, 425, 429]);

export class Submission<B, R = unknown> {
  readonly idempotencyKey: string;
  readonly url: string;
  #options: SubmissionOptions<B, R>;
  #state: SubmissionState<R> = { phase: 'idle', attempt: 0 };
  #listeners = new Set<Listener<R>>();
  #promise: Promise<R> | undefined;
  #wake: (() => void) | undefined;
  #cancel = new AbortController();

  constructor(options: SubmissionOptions<B, R>) {
    this.#options = options;
    this.idempotencyKey = options.idempotencyKey;
    const base = resolveUrl(options.api, options.baseUrl);
    this.url = new URL(options.path, base.endsWith('/') ? base : `${base}/`).href;
  }

  get state(): SubmissionState<R> {
    return this.#state;
  }

  /** Calls `listener` now and on every state change; returns the unsubscribe function. */
  subscribe(listener: Listener<R>): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Starts sending (once: later calls return the same promise). Resolves with the parsed
   * success body; rejects with a SourceError when the server refuses the body, or when cancelled.
   */
  start(): Promise<R> {
    this.#promise ??= this.#run();
    return this.#promise;
  }

  /** Skips the wait before the next attempt (also after automatic retries are used up). */
  retryNow(): void {
    this.#wake?.();
  }

  /** Stops retrying. A request already on the wire may still be stored by the server: resubmitting with the same key is safe. */
  cancel(): void {
    this.#cancel.abort();
    this.#wake?.();
  }

  #set(state: SubmissionState<R>): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  async #run(): Promise<R> {
    const o = this.#options;
    const maxAuto = o.maxAutoAttempts ?? 6;
    let attempt = 0;
    let autoLeft = maxAuto;
    for (;;) {
      this.#throwIfCancelled();
      attempt += 1;
      autoLeft -= 1;
      this.#set({ phase: 'sending', attempt });
      const outcome = await this.#attempt();
      this.#throwIfCancelled();
      if (outcome.kind === 'done') {
        this.#set({ phase: 'done', attempt, status: outcome.status, result: outcome.result });
        return outcome.result;
      }
      if (outcome.kind === 'refused') {
        this.#set({ phase: 'failed', attempt, retryable: false, error: outcome.error });
        throw outcome.error;
      }
      if (autoLeft <= 0) {
        this.#set({ phase: 'failed', attempt, retryable: true, reason: outcome.reason, error: outcome.error });
        await this.#waitFor(Number.POSITIVE_INFINITY);
        autoLeft = maxAuto;
        continue;
      }
      const delay = outcome.delayMs ?? this.#backoff(attempt);
      this.#set({
        phase: 'waiting',
        attempt,
        retryAt: Date.now() + delay,
        reason: outcome.reason,
        ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      });
      await this.#waitFor(delay);
    }
  }

  #throwIfCancelled(): void {
    if (this.#cancel.signal.aborted) {
      const error = new SourceError('aborted', { url: this.url });
      if (this.#state.phase !== 'failed') this.#set({ phase: 'failed', attempt: this.#state.attempt, retryable: false, error });
      throw error;
    }
  }

  /** Full jitter between half and all of the exponential delay, so many clients do not retry in step. */
  #backoff(attempt: number): number {
    const base = this.#options.baseDelayMs ?? 1000;
    const max = this.#options.maxDelayMs ?? 30_000;
    const exponential = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(exponential * (0.5 + Math.random() * 0.5));
  }

  /** Waits `ms`, or until retryNow()/cancel(), or until the browser comes back online. */
  #waitFor(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const target = globalThis as { addEventListener?: typeof addEventListener; removeEventListener?: typeof removeEventListener };
      const listenOnline = (this.#options.retryWhenOnline ?? true) && typeof target.addEventListener === 'function';
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        if (listenOnline) target.removeEventListener!('online', done);
        this.#wake = undefined;
        resolve();
      };
      if (Number.isFinite(ms)) timer = setTimeout(done, ms);
      if (listenOnline) target.addEventListener!('online', done);
      this.#wake = done;
    });
  }

  async #attempt(): Promise<
    | { kind: 'done'; status: number; result: R }
    | { kind: 'refused'; error: SourceError }
    | { kind: 'retry'; reason: RetryReason; error: SourceError; status?: number; delayMs?: number }
  > {
    const o = this.#options;
    const fetchImpl: FetchFunction = o.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const attemptController = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      attemptController.abort();
    }, o.timeoutMs ?? 15_000);
    const onCancel = () => attemptController.abort();
    this.#cancel.signal.addEventListener('abort', onCancel);
    try {
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(this.url, {
          method: 'POST',
          headers: {
            Accept: 'application/json, application/problem+json;q=0.9',
            'Content-Type': 'application/json',
            ...o.headers,
            'Idempotency-Key': this.idempotencyKey,
          },
          body: JSON.stringify(o.body),
          signal: attemptController.signal,
        });
        if (response.ok) text = await response.text();
        else text = '';
      } catch (cause) {
        const error = new SourceError('network', { url: this.url, cause });
        return { kind: 'retry', reason: timedOut ? 'timeout' : 'network', error };
      }
      const status = response.status;
      if (response.ok) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (cause) {
          return { kind: 'refused', error: new SourceError('not-json', { url: this.url, cause }) };
        }
        try {
          const result = o.parse ? o.parse(value) : (value as R);
          return { kind: 'done', status, result };
        } catch (cause) {
          return { kind: 'refused', error: cause instanceof SourceError ? cause : new SourceError('invalid', { url: this.url, cause }) };
        }
      }
      const retryAfter = retryAfterMs(response, Date.now());
      const error = await submissionHttpError(this.url, response).catch(() => new SourceError('http', { url: this.url, status }));
      const maxDelay = o.maxDelayMs ?? 30_000;
      if (status === 409) {
        return { kind: 'retry', reason: 'in-flight', error, status, delayMs: Math.min(maxDelay, retryAfter ?? o.inFlightDelayMs ?? 2000) };
      }
      if (status >= 500 || RETRY_STATUSES.has(status)) {
        return {
          kind: 'retry',
          reason: status === 429 ? 'rate-limited' : status >= 500 ? 'server' : 'network',
          error,
          status,
          ...(retryAfter !== undefined ? { delayMs: Math.min(maxDelay, retryAfter) } : {}),
        };
      }
      return { kind: 'refused', error };
    } finally {
      clearTimeout(timer);
      this.#cancel.signal.removeEventListener('abort', onCancel);
    }
  }
}

/** Creates and starts a submission; the returned object exposes state, retryNow() and cancel(). */
export function submit<B, R = unknown>(options: SubmissionOptions<B, R>): Submission<B, R> {
  const submission = new Submission(options);
  void submission.start().catch(() => undefined);
  return submission;
}
