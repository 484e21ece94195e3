/**
 * The agencies that accept applications, for the form's agency select: from `api`
 * (`GET agencies`) or `src` (kind `agency-directory`), reloaded when either changes, with
 * `gk-load` / `gk-error`. Without either, or when loading fails, the agency becomes a text field
 * and the form stays usable (the error view says why).
 */
import type { ReactiveController } from 'lit';
import { createCollectionSource, errorDetail, isAbortError } from '@gongkai/client';
import type { Agency } from '@gongkai/schema';
import type { GkElement } from '@gongkai/ui';

export interface AgencyListHost extends GkElement {
  api: string | undefined;
  src: string | undefined;
}

export class AgencyListController implements ReactiveController {
  readonly #host: AgencyListHost;
  #abort: AbortController | undefined;
  /** Undefined when none is configured or loading failed (the agency is then typed). */
  agencies: Agency[] | undefined;
  loading = false;
  error: Error | undefined;

  constructor(host: AgencyListHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async load(): Promise<void> {
    const host = this.#host;
    this.#abort?.abort();
    this.error = undefined;
    const source = createCollectionSource('agency-directory', { api: host.api, src: host.src, baseUrl: document.baseURI });
    if (!source) {
      this.agencies = undefined;
      host.requestUpdate();
      host.emit('gk-load', { count: 0, skippedCount: 0 });
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    host.requestUpdate();
    try {
      const info = await source.load({ signal: abort.signal });
      const result = await source.query({ pageSize: 1000, sort: 'name' }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.agencies = result.items.filter((agency) => agency.acceptsDisclosureRequests !== false);
      host.emit('gk-load', { count: this.agencies.length, skippedCount: info.skippedCount });
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.agencies = undefined;
      this.error = error instanceof Error ? error : new Error(String(error));
      host.emit('gk-error', errorDetail(error, host.locale));
    } finally {
      if (!abort.signal.aborted) {
        this.loading = false;
        host.requestUpdate();
      }
    }
  }
}
