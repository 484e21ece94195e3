/**
 * One in-flight load shared by every caller that needs it (an element's load() and an early
 * query() both wait for the same download). Each caller can abort its OWN wait with its signal;
 * the download itself is aborted only when every waiting caller has given up.
 */
import { SourceError } from './source-error.js';
import type { LoadProgress } from './types.js';

type Start<R> = (signal: AbortSignal, onProgress: (progress: LoadProgress) => void) => Promise<R>;

interface Flight<R> {
  promise: Promise<R>;
  controller: AbortController;
  waiters: number;
  listeners: Set<(progress: LoadProgress) => void>;
}

export class SharedLoad<R> {
  private flight: Flight<R> | undefined;

  constructor(private readonly url: string) {}

  run(start: Start<R>, options: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {}): Promise<R> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new SourceError('aborted', { url: this.url }));

    let flight = this.flight;
    if (!flight) {
      const controller = new AbortController();
      const listeners = new Set<(p: LoadProgress) => void>();
      const created: Flight<R> = {
        controller,
        listeners,
        waiters: 0,
        promise: start(controller.signal, (p) => listeners.forEach((listener) => listener(p))),
      };
      const clear = (): void => {
        if (this.flight === created) this.flight = undefined;
      };
      created.promise.then(clear, clear);
      this.flight = flight = created;
    }
    const current = flight;
    current.waiters++;
    if (onProgress) current.listeners.add(onProgress);

    return new Promise<R>((resolve, reject) => {
      let left = false;
      const leave = (): boolean => {
        if (left) return false;
        left = true;
        signal?.removeEventListener('abort', onAbort);
        if (onProgress) current.listeners.delete(onProgress);
        current.waiters--;
        return true;
      };
      const onAbort = (): void => {
        if (!leave()) return;
        if (current.waiters === 0) {
          current.controller.abort();
          if (this.flight === current) this.flight = undefined;
        }
        reject(new SourceError('aborted', { url: this.url, cause: signal?.reason }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      current.promise.then(
        (value) => {
          if (leave()) resolve(value);
        },
        (error: unknown) => {
          if (leave()) reject(error);
        },
      );
    });
  }
}
