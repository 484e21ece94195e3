export { GkA11yToolbar } from './a11y-toolbar.js';
export { DEFAULT_SETTINGS, normalizeSettings, TEXT_SCALES, LINE_SPACINGS, LETTER_SPACINGS, COLOR_SCHEMES, CURSOR_SIZES, SPEECH_RATES } from './settings.js';
export type { A11ySettings, ColorScheme, CursorSize, LetterSpacing, LineSpacing } from './settings.js';
export { buildPageCss } from './page-styles.js';
export { applyStoredSettings } from './apply-stored-settings.js';
export { STORAGE_KEY, STORAGE_VERSION } from './settings-storage.js';
export type { SpeechEngine } from './speech/read-aloud.js';
