/**
 * The toolbar's settings: what a visitor can choose, the defaults, and the
 * check that turns anything read back from storage into valid settings.
 * Nothing here is personal: only display and reading preferences.
 */

/** Text size steps, as a factor of the page's normal size (100 % … 200 %). */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
/** Line height choices; `default` leaves the page's own. 1.5 is WCAG 1.4.12's value. */
export const LINE_SPACINGS = ['default', '1.5', '2'] as const;
/** Letter spacing choices: `wide` is WCAG 1.4.12's 0.12 em (with 0.16 em word spacing). */
export const LETTER_SPACINGS = ['default', 'wide', 'wider'] as const;
/** Colour schemes; all switched off while the system's forced colours are active. */
export const COLOR_SCHEMES = ['default', 'contrast-dark', 'yellow-black', 'black-white', 'grayscale'] as const;
/** Cursor sizes. */
export const CURSOR_SIZES = ['default', 'large', 'xlarge'] as const;
/** Read-aloud speeds (utterance `rate`). */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5] as const;

export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type LetterSpacing = (typeof LETTER_SPACINGS)[number];
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export type CursorSize = (typeof CURSOR_SIZES)[number];

export interface A11ySettings {
  textScale: number;
  /** 适老模式: body text at least 18 px and line height at least 1.5 (MIIT elder-friendly rules). */
  elderMode: boolean;
  lineSpacing: LineSpacing;
  letterSpacing: LetterSpacing;
  colorScheme: ColorScheme;
  cursor: CursorSize;
  readingGuide: boolean;
  crosshair: boolean;
  /** 大字幕: the large caption bar. */
  captions: boolean;
  /** `null` follows the system's `prefers-reduced-motion`; a boolean is the visitor's explicit choice. */
  reducedMotion: boolean | null;
  speechRate: number;
  /** `voiceURI` of the voice the visitor picked; '' chooses automatically (local zh-CN first). */
  speechVoice: string;
  /** Modifier-key shortcuts (Alt+Shift+…); can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
  /** Whether the toolbar's panel is shown (for this page only: never stored). */
  open: boolean;
}

export const DEFAULT_SETTINGS: Readonly<A11ySettings> = Object.freeze({
  textScale: 1,
  elderMode: false,
  lineSpacing: 'default',
  letterSpacing: 'default',
  colorScheme: 'default',
  cursor: 'default',
  readingGuide: false,
  crosshair: false,
  captions: false,
  reducedMotion: null,
  speechRate: 1,
  speechVoice: '',
  shortcuts: true,
  open: false,
});

function oneOf<T>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Valid settings from untrusted input (storage written by another version, or tampered with). */
export function normalizeSettings(input: unknown): A11ySettings {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    textScale: oneOf<number>(TEXT_SCALES, raw['textScale'], d.textScale),
    elderMode: flag(raw['elderMode'], d.elderMode),
    lineSpacing: oneOf(LINE_SPACINGS, raw['lineSpacing'], d.lineSpacing),
    letterSpacing: oneOf(LETTER_SPACINGS, raw['letterSpacing'], d.letterSpacing),
    colorScheme: oneOf(COLOR_SCHEMES, raw['colorScheme'], d.colorScheme),
    cursor: oneOf(CURSOR_SIZES, raw['cursor'], d.cursor),
    readingGuide: flag(raw['readingGuide'], d.readingGuide),
    crosshair: flag(raw['crosshair'], d.crosshair),
    captions: flag(raw['captions'], d.captions),
    reducedMotion: raw['reducedMotion'] === null || raw['reducedMotion'] === undefined ? null : flag(raw['reducedMotion'], false),
    speechRate: oneOf<number>(SPEECH_RATES, raw['speechRate'], d.speechRate),
    speechVoice: typeof raw['speechVoice'] === 'string' && raw['speechVoice'].length <= 500 ? raw['speechVoice'] : d.speechVoice,
    shortcuts: flag(raw['shortcuts'], d.shortcuts),
    open: flag(raw['open'], d.open),
  };
}

/** Body text size in px the settings ask for, or `undefined` to leave the page's own. */
export function effectiveFontPx(s: A11ySettings): number | undefined {
  if (s.textScale === 1 && !s.elderMode) return undefined;
  const px = Math.round(16 * s.textScale);
  return s.elderMode ? Math.max(18, px) : px;
}

/** Line height the settings ask for, or `undefined` to leave the page's own. */
export function effectiveLineHeight(s: A11ySettings): number | undefined {
  const chosen = s.lineSpacing === 'default' ? undefined : Number(s.lineSpacing);
  if (!s.elderMode) return chosen;
  return Math.max(1.5, chosen ?? 0);
}
