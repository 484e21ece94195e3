/**
 * One shared observer for `lang` changes anywhere in the document, so a page
 * that switches language (or a `lang` set on a wrapper) re-renders every
 * connected element without each owning a MutationObserver.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
