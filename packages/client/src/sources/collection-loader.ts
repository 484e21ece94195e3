/**
 * An element's loading of its collection, the part every collection element shares: the newest
 * load wins (starting one aborts the one before, whose progress and outcome are then ignored),
 * an abort is never reported as a failure, and once the element has shown its first results the
 * search index is prepared while the page is idle.
 */
import { isAbortError } from './source-error.js';
import { prepareSearchWhenIdle } from './prepare-when-idle.js';
import type { FileKind } from '@gongkai/schema';
import type { CollectionSource, LoadProgress, SourceInfo } from './types.js';

export interface CollectionLoadHooks<K extends FileKind> {
  /** Download progress of a static file, for the current load only. */
  progress?(progress: LoadProgress): void;
  /**
   * The data is valid: set up from `info` and show the first results. Check `signal` after each
   * await — a newer load may have started meanwhile.
   */
  loaded(info: SourceInfo<K>, signal: AbortSignal): Promise<void>;
  /** The load failed for a reason other than being superseded or aborted. */
  failed(error: unknown): void;
}

export class CollectionLoader {
  #controller: AbortController | undefined;

  /** Stops the current load (the element left the page, or has no source any more). */
  abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async load<T, K extends FileKind>(source: CollectionSource<T, K>, hooks: CollectionLoadHooks<K>): Promise<void> {
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    try {
      const info = await source.load({
        signal,
        onProgress: (progress) => {
          if (!signal.aborted) hooks.progress?.(progress);
        },
      });
      if (signal.aborted) return;
      await hooks.loaded(info, signal);
      if (!signal.aborted) prepareSearchWhenIdle(source as CollectionSource<unknown>, signal);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      hooks.failed(error);
    }
  }
}
