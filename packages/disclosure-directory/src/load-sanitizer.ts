/** Loads the HTML sanitizer (and DOMPurify with it) the first time an HTML body is opened. */
let pending: Promise<(html: string) => string> | undefined;

export function loadSanitizer(): Promise<(html: string) => string> {
  pending ??= import('./sanitize-html.js').then(
    (module) => module.sanitizeBodyHtml,
    (error: unknown) => {
      pending = undefined; // a later open may retry
      throw error;
    },
  );
  return pending;
}
