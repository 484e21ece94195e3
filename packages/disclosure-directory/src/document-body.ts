/**
 * The body of an opened document whose `format` is `html`: sanitized by DOMPurify with the
 * allow-list (docs/design.md §6) in a chunk loaded the first time such a body is opened. Until
 * then the view says the body is loading; if the sanitizer cannot be loaded the body is never
 * shown as HTML, only as its text. Results for a document that is no longer open are dropped.
 */
import type { ReactiveControllerHost } from 'lit';
import { htmlToSearchText } from '@gongkai/client';
import type { DisclosureDocument } from '@gongkai/schema';

/** The bodies of opened documents as host state: changes re-render the host. */
export class DocumentBodies {
  readonly #host: ReactiveControllerHost;
  readonly #isOpen: (id: string) => boolean;
  readonly #loadSanitizer: () => Promise<(html: string) => string>;
  #html: { id: string; html: string } | undefined;
  #fallback: { id: string; text: string } | undefined;

  /**
   * `loadSanitizer` is load-sanitizer.ts's, passed in by the element: imported here it would pull
   * the lazy-module helper into a chunk of its own shared with the element's first script.
   */
  constructor(host: ReactiveControllerHost, isOpen: (id: string) => boolean, loadSanitizer: () => Promise<(html: string) => string>) {
    this.#host = host;
    this.#isOpen = isOpen;
    this.#loadSanitizer = loadSanitizer;
  }

  /** The sanitized markup of `doc`'s body, once ready. */
  html(doc: DisclosureDocument): string | undefined {
    return this.#html?.id === doc.id ? this.#html.html : undefined;
  }

  /** The body's text, when the sanitizer could not be loaded. */
  fallbackText(doc: DisclosureDocument): string | undefined {
    return this.#fallback?.id === doc.id ? this.#fallback.text : undefined;
  }

  /** `doc` was opened: sanitize its HTML body (once per document). */
  opened(doc: DisclosureDocument): void {
    if (doc.body?.format !== 'html' || this.#html?.id === doc.id) return;
    const content = doc.body.content;
    this.#loadSanitizer().then(
      (sanitize) => {
        if (this.#isOpen(doc.id)) this.#show(() => (this.#html = { id: doc.id, html: sanitize(content) }));
      },
      () => {
        if (this.#isOpen(doc.id)) this.#show(() => (this.#fallback = { id: doc.id, text: htmlToSearchText(content) }));
      },
    );
  }

  #show(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }
}
