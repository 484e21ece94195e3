/**
 * HTML document bodies through DOMPurify with an allow-list (docs/design.md §6).
 *
 * This module is only ever imported dynamically (see load-sanitizer.ts), so
 * DOMPurify is downloaded only when a reader opens a document whose body is
 * HTML. What survives: text structure (paragraphs, headings, lists, tables,
 * emphasis, quotes), links and images whose URL is http(s), mailto, tel or
 * relative. What goes: scripts, every event handler, iframes, objects,
 * forms and inputs, SVG and MathML, `style` elements and attributes, `link`,
 * classes and ids (host or element CSS must not be steered by data), and
 * `javascript:`/`data:` URLs.
 */
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { isSafeUrl } from '@gongkai/schema';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'a', 'img', 'figure', 'figcaption',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'scope', 'lang', 'dir'];

let purifier: Purifier | undefined;

function instance(): Purifier {
  if (purifier) return purifier;
  // An instance of our own: hooks added here never touch a DOMPurify the host page uses.
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    for (const name of ['href', 'src']) {
      const value = node.getAttribute(name);
      if (value !== null && !isSafeUrl(value)) node.removeAttribute(name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = purify;
  return purify;
}

/**
 * The body's headings are moved below the document's own (its title is h2, the 正文 section
 * heading h3), keeping their relative levels, so the outline of the page stays in order.
 */
function demoteHeadings(root: DocumentFragment): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return;
  const levelOf = (h: Element) => Number(h.tagName.slice(1));
  const top = Math.min(...headings.map(levelOf));
  for (const heading of headings) {
    const level = Math.min(6, levelOf(heading) - top + 4);
    if (level === levelOf(heading)) continue;
    const replacement = document.createElement(`h${level}`);
    for (const attr of [...heading.attributes]) replacement.setAttribute(attr.name, attr.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

/** Sanitized markup, safe to hand to lit's unsafeHTML. */
export function sanitizeBodyHtml(html: string): string {
  const fragment = instance().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  demoteHeadings(fragment);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
