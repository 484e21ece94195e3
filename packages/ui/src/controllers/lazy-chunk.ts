/**
 * Lazily loaded chunks of an element (views only some readers need: an opened item, the statistics,
 * the steps after a form). Two parts with one job each:
 *
 * - `lazyModule(importer)` is the page-wide loader: one `import()` for every element on the page,
 *   and a failed one (offline, a deploy that removed the old chunk) is forgotten, so the next call
 *   fetches again instead of failing forever.
 * - `LazyChunkController` is the element's view of that chunk: the loaded module as host state (a
 *   render re-runs when it arrives), whether the last attempt failed, and the chunk's own styles
 *   adopted into the host's shadow root once.
 */
import { adoptStyles } from 'lit';
import type { CSSResultOrNative, LitElement, ReactiveController } from 'lit';

/** Wraps `() => import('./x.js')` so it runs once per page and again after a failure. */
export function lazyModule<M>(importer: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  return () =>
    (pending ??= importer().catch((error: unknown) => {
      pending = undefined; // the next call retries
      throw error;
    }));
}

/** Styles each host has adopted beyond its static ones, so a second chunk adds to them instead of replacing them. */
const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();

/**
 * Adds `styles` to the host's shadow root after its static styles. adoptStyles falls back to
 * `<style>` elements where constructable stylesheets are missing and honours window.litNonce under CSP.
 */
export function adoptExtraStyles(host: LitElement, styles: readonly CSSResultOrNative[]): void {
  if (styles.length === 0) return;
  const extra = [...(adopted.get(host) ?? []), ...styles];
  adopted.set(host, extra);
  readoptStyles(host);
}

/** Applies the host's static and extra styles to its shadow root (none before the host is first connected). */
function readoptStyles(host: LitElement): void {
  const root = host.renderRoot as Node | undefined;
  const extra = adopted.get(host);
  if (root instanceof ShadowRoot && extra) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...extra]);
}

export interface LazyChunkOptions<M> {
  /** The chunk's styles, adopted into the host's shadow root the first time it loads. */
  styles?: (module: M) => CSSResultOrNative | readonly CSSResultOrNative[] | undefined;
}

export class LazyChunkController<M> implements ReactiveController {
  readonly #host: LitElement;
  readonly #load: () => Promise<M>;
  readonly #options: LazyChunkOptions<M>;
  #module: M | undefined;
  #failed = false;

  constructor(host: LitElement, load: () => Promise<M>, options: LazyChunkOptions<M> = {}) {
    this.#host = host;
    this.#load = load;
    this.#options = options;
    host.addController(this);
  }

  /** The chunk, once loaded (render what needs it only then). */
  get value(): M | undefined {
    return this.#module;
  }

  /** True when the last attempt to load the chunk failed (and none has succeeded since). */
  get failed(): boolean {
    return this.#failed;
  }

  /** The chunk: loads it on first use, or again after a failure; rejects when it cannot be fetched. */
  async ensure(): Promise<M> {
    if (this.#module) return this.#module;
    try {
      const module = await this.#load();
      if (!this.#module) {
        const styles = this.#options.styles?.(module);
        adoptExtraStyles(this.#host, styles === undefined ? [] : Array.isArray(styles) ? styles : [styles as CSSResultOrNative]);
        this.#module = module;
      }
      this.#failed = false;
      this.#host.requestUpdate();
      return this.#module;
    } catch (error) {
      this.#failed = true;
      this.#host.requestUpdate();
      throw error;
    }
  }

  /** Starts loading without waiting (a failure is shown where the chunk is needed). */
  prefetch(): void {
    this.ensure().catch(() => undefined);
  }

  /** A chunk loaded before the host had its shadow root gets its styles now. */
  hostConnected(): void {
    if (this.#module) readoptStyles(this.#host);
  }
}
