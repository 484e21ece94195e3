/**
 * Settings in localStorage under one versioned key. A stored value of an
 * unknown version is ignored (defaults apply), never guessed at. Storage can
 * be unavailable (private modes, sandboxed frames): then settings live only
 * for the page. Only settings are kept, never whether the panel is open: an open panel
 * carried to the next page would push that whole page down before the visitor asked for it.
 */
import { normalizeSettings } from './settings.js';
import type { A11ySettings } from './settings.js';

export const STORAGE_KEY = 'gongkai.a11y-toolbar';
export const STORAGE_VERSION = 1;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored settings, or `undefined` when nothing (valid) was stored. */
export function loadStoredSettings(): A11ySettings | undefined {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as { version?: unknown; settings?: unknown };
    if (parsed?.version !== STORAGE_VERSION) return undefined;
    return { ...normalizeSettings(parsed.settings), open: false };
  } catch {
    return undefined;
  }
}

export function storeSettings(settings: A11ySettings): void {
  const { open: _open, ...kept } = settings;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, settings: kept }));
  } catch {
    // Quota or privacy mode: the settings still apply to this page.
  }
}

export function clearStoredSettings(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored that we can reach
  }
}
