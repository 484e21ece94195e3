/**
 * The host page's share of the settings: one constructable stylesheet adopted
 * on `document.adoptedStyleSheets`. Constructable sheets are allowed under
 * `Content-Security-Policy: default-src 'self'` where `<style>` elements and
 * `style="…"` attributes are not. Gongkai elements are reached through their
 * public custom properties on `:root` (--gk-font-size, --gk-line-height,
 * colour tokens) and, for letter spacing, through `::part(base)`.
 *
 * The sheet is kept on the document under a global symbol, so two copies of
 * the bundle on one page share one sheet instead of leaving a stale one.
 */
import { effectiveFontPx, effectiveLineHeight } from './settings.js';
import type { A11ySettings, ColorScheme } from './settings.js';
import { clearTextSizes, markTextSizes, scaledSize, TEXT_SIZE_ATTRIBUTE } from './page-text-sizes.js';

/** Gongkai element tags whose `base` part receives letter spacing. */
export const GK_TAGS = ['gk-power-catalog', 'gk-disclosure-directory', 'gk-disclosure-request', 'gk-mayor-mailbox', 'gk-a11y-toolbar'];

interface Palette {
  text: string;
  surface: string;
  surfaceAlt: string;
  link: string;
}

const PALETTES: Partial<Record<ColorScheme, Palette>> = {
  'contrast-dark': { text: '#ffffff', surface: '#000000', surfaceAlt: '#1a1a1a', link: '#ffff00' },
  'yellow-black': { text: '#ffff00', surface: '#000000', surfaceAlt: '#1a1a1a', link: '#00ffff' },
  'black-white': { text: '#000000', surface: '#ffffff', surfaceAlt: '#f0f0f0', link: '#0000cc' },
};

function colorCss(scheme: ColorScheme): string {
  if (scheme === 'grayscale') return 'html{filter:grayscale(1) !important}';
  const p = PALETTES[scheme];
  if (!p) return '';
  const tokens = [
    `--gk-color-text:${p.text}`, `--gk-color-text-muted:${p.text}`, `--gk-color-surface:${p.surface}`,
    `--gk-color-surface-alt:${p.surfaceAlt}`, `--gk-color-border:${p.text}`, `--gk-color-accent:${p.link}`,
    `--gk-color-accent-contrast:${p.surface}`, `--gk-color-danger:${p.text}`, `--gk-color-success:${p.text}`,
    `--gk-color-warning:${p.text}`, `--gk-focus-ring:${p.link}`,
    // Search highlights: the scheme's text on its link colour, readable in every scheme.
    `--gk-color-mark:${p.link}`, `--gk-color-mark-text:${p.surface}`,
  ].join(';');
  const media = ':not(img, picture, video, canvas, svg, svg *, iframe)';
  return (
    `:root{${tokens}}` +
    `html, body, body *${media}{color:${p.text} !important;background-color:${p.surface} !important;` +
    `background-image:none !important;border-color:${p.text} !important;text-shadow:none !important;box-shadow:none !important}` +
    `body a, body a *{color:${p.link} !important}` +
    `body :focus-visible{outline:3px solid ${p.link} !important}`
  );
}

/**
 * The host-page CSS for `settings`; empty when everything is at its default. `pageSizes` are the
 * page's own text sizes (page-text-sizes.ts): each is scaled by the chosen factor, never
 * downward and never below the chosen body size, even when the page sets it in px, so text
 * reflows at 200 % and headings stay larger than body text.
 */
export function buildPageCss(s: A11ySettings, pageSizes: Iterable<number> = []): string {
  const css: string[] = [];
  const root: string[] = [];
  const parts = GK_TAGS.map((tag) => `${tag}::part(base)`).join(', ');

  const fontPx = effectiveFontPx(s);
  if (fontPx !== undefined) {
    root.push(`--gk-font-size:${fontPx}px`);
    css.push(`html{font-size:${(fontPx / 16) * 100}% !important}`);
    css.push(`body{font-size:${fontPx}px !important}`);
    for (const base of [...pageSizes].sort((a, b) => a - b)) {
      css.push(`[${TEXT_SIZE_ATTRIBUTE}="${base}"]{font-size:${scaledSize(base, fontPx / 16, fontPx)}px !important}`);
    }
  }
  const lineHeight = effectiveLineHeight(s);
  if (lineHeight !== undefined) {
    root.push(`--gk-line-height:${lineHeight}`);
    css.push(`body, body *{line-height:${lineHeight} !important}`);
  }
  if (s.letterSpacing !== 'default') {
    const [letter, word] = s.letterSpacing === 'wide' ? ['0.12em', '0.16em'] : ['0.2em', '0.3em'];
    css.push(`body, body *, ${parts}{letter-spacing:${letter} !important;word-spacing:${word} !important}`);
  }
  // The operating system's forced colours always win (docs/domain.md §7).
  const colors = colorCss(s.colorScheme);
  if (colors) css.push(`@media (forced-colors: none){${colors}}`);
  // The large cursor is an overlay drawn by the toolbar; hide the small one under it on pointer devices.
  if (s.cursor !== 'default') css.push('@media (any-pointer: fine){html, html *{cursor:none !important}}');
  // Only the visitor's explicit choice changes the page; with no choice the page follows the system itself.
  if (s.reducedMotion === true) {
    css.push('*, *::before, *::after{animation-duration:0s !important;animation-iteration-count:1 !important;transition-duration:0s !important;scroll-behavior:auto !important}');
  }
  // Focused elements scrolled into view stay clear of the caption bar (WCAG 2.4.11).
  if (s.captions) css.push('html{scroll-padding-block-end:10em}');
  if (root.length) css.unshift(`:root{${root.join(';')}}`);
  return css.join('\n');
}

const SHEET_KEY = Symbol.for('gongkai.a11y-toolbar.page-sheet');
const SIZES_KEY = Symbol.for('gongkai.a11y-toolbar.page-sizes');
/** The sheet, and the page's text sizes it has a rule for (shared by two copies of the bundle). */
type SheetHolder = Document & { [SHEET_KEY]?: CSSStyleSheet; [SIZES_KEY]?: Set<number> };

/** Replaces the page stylesheet's rules with `css` (adopting the sheet the first time). */
export function applyPageCss(css: string, doc: Document = document): void {
  const holder = doc as SheetHolder;
  let sheet = holder[SHEET_KEY];
  if (!sheet) {
    if (css === '') return;
    try {
      sheet = new CSSStyleSheet();
    } catch {
      return; // a browser without constructable stylesheets cannot run the elements either
    }
    holder[SHEET_KEY] = sheet;
  }
  sheet.replaceSync(css);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Applies `settings` to the page: measures the page's text sizes when the text is scaled (with
 * the toolbar's sheet off), then writes the sheet. Content the page adds later goes through
 * applyToAddedContent.
 */
export function applyPageSettings(settings: A11ySettings, doc: Document = document): void {
  const holder = doc as SheetHolder;
  if (effectiveFontPx(settings) === undefined) {
    clearTextSizes(doc);
    holder[SIZES_KEY] = new Set();
    applyPageCss(buildPageCss(settings), doc);
    return;
  }
  const sizes = markTextSizes(holder[SHEET_KEY], doc.body);
  holder[SIZES_KEY] = sizes;
  applyPageCss(buildPageCss(settings, sizes), doc);
}

/**
 * Elements the page added while its text is scaled: only they are measured, and the sheet is
 * rewritten only when they bring a size it has no rule for — the cost follows what was added,
 * not the size of the page.
 */
export function applyToAddedContent(settings: A11ySettings, added: readonly Element[], doc: Document = document): void {
  if (effectiveFontPx(settings) === undefined || added.length === 0) return;
  const holder = doc as SheetHolder;
  const known = (holder[SIZES_KEY] ??= new Set());
  const before = known.size;
  for (const size of markTextSizes(holder[SHEET_KEY], added)) known.add(size);
  if (known.size !== before) applyPageCss(buildPageCss(settings, known), doc);
}
