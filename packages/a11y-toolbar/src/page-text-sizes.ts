/**
 * The host page's own text sizes, so the toolbar can scale them instead of replacing them
 * (issue #17 item 5: a 28 px masthead set in px must not fall to the 18 px of elder mode, nor a
 * sidebar heading below its links). Each element that holds text directly is marked with the
 * size the page gives it — measured with the toolbar's sheet switched off, so a second change
 * scales from the page's size, not from the previous scaling — and page-styles.ts writes one
 * rule per distinct size. Gongkai elements scale themselves through --gk-font-size and are
 * skipped, as is what the page does not render.
 */
export const TEXT_SIZE_ATTRIBUTE = 'data-gk-text-size';

/** Elements that show text without a text node child of their own (form controls). */
const CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title']);

function holdsText(el: Element): boolean {
  if (CONTROLS.has(el.localName)) return true;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/** The elements under `root` whose text the page sizes (not inside gk- elements). */
function textElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    if (SKIPPED.has(el.localName) || el.localName.startsWith('gk-')) return;
    if (holdsText(el)) found.push(el);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  walk(root);
  return found;
}

/**
 * Marks the text elements under `roots` (the body by default) with their own size in px, with
 * `sheet` (the toolbar's page sheet) disabled while measuring; returns the distinct sizes.
 */
export function markTextSizes(sheet: CSSStyleSheet | undefined, roots: readonly Element[] | Element | null = document.body): Set<number> {
  const sizes = new Set<number>();
  const elements = (Array.isArray(roots) ? roots : roots ? [roots] : []).flatMap((root: Element) => textElements(root));
  if (elements.length === 0) return sizes;
  const wasDisabled = sheet?.disabled ?? true;
  if (sheet) sheet.disabled = true;
  try {
    // Read every size first, then write: one style recalculation, not one per element.
    const measured = elements.map((el) => Math.round(parseFloat(getComputedStyle(el).fontSize) * 4) / 4);
    elements.forEach((el, i) => {
      const px = measured[i]!;
      if (!(px > 0)) return;
      sizes.add(px);
      if (el.getAttribute(TEXT_SIZE_ATTRIBUTE) !== String(px)) el.setAttribute(TEXT_SIZE_ATTRIBUTE, String(px));
    });
  } finally {
    if (sheet) sheet.disabled = wasDisabled;
  }
  return sizes;
}

/** Removes the marks (the toolbar's text settings are back at the defaults). */
export function clearTextSizes(root: ParentNode = document): void {
  for (const el of root.querySelectorAll(`[${TEXT_SIZE_ATTRIBUTE}]`)) el.removeAttribute(TEXT_SIZE_ATTRIBUTE);
}

/**
 * The size a text of `base` px gets: the page's size times the chosen factor, never below the
 * chosen body size (so small print rises to it) and never below the page's own size.
 */
export function scaledSize(base: number, factor: number, minimum: number): number {
  return Math.round(Math.max(base, base * factor, minimum) * 100) / 100;
}
