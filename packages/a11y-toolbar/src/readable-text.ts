/**
 * What the caption bar shows and point reading says for the element under
 * the pointer or focus: its accessible name where it has one, else the text
 * of the nearest text block. Containers (a whole section, the body) are not
 * read on hover: that would read the page by accident.
 */
const BLOCKS = 'a, button, label, summary, h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd, figcaption, caption, legend, option, blockquote';
const MAX_HOVER_TEXT = 400;

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function labelsOf(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  return labels ? collapse([...labels].map((l) => l.textContent).join(' ')) : '';
}

/** Readable text for `target` (the innermost element, from `composedPath()[0]`); '' when there is none. */
export function readableText(target: EventTarget | null | undefined): string {
  if (!(target instanceof Element)) return '';
  const named = collapse(target.getAttribute('aria-label'));
  if (named) return named;
  if (target instanceof HTMLImageElement) return collapse(target.alt);
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    const value = target instanceof HTMLInputElement && target.type === 'password' ? '' : collapse(target instanceof HTMLSelectElement ? target.selectedOptions[0]?.textContent : target.value);
    return collapse(`${labelsOf(target)} ${value}`);
  }
  const block = target.closest(BLOCKS) ?? target;
  const text = collapse(block instanceof HTMLElement ? block.innerText : block.textContent);
  return text.length <= MAX_HOVER_TEXT ? text : '';
}

/** The nearest `lang` of `node` in the composed tree (crossing shadow roots), else ''. */
export function languageOf(node: Node | null | undefined): string {
  for (let n: Node | null = node ?? null; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') ?? '';
  }
  return '';
}
