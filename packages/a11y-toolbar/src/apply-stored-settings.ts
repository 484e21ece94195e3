/**
 * Early application of stored settings. The define module calls this at
 * import time, before `<gk-a11y-toolbar>` upgrades, so a page that loads the
 * script in its `<head>` shows the visitor's text size and colours from the
 * first paint instead of flashing the defaults. This is the one side effect
 * of this package beyond registering the tag; it only re-applies what the
 * visitor chose earlier, and does nothing when nothing is stored.
 */
import { loadStoredSettings } from './settings-storage.js';
import { applyPageSettings } from './page-styles.js';

export function applyStoredSettings(): void {
  const stored = loadStoredSettings();
  if (stored && typeof document !== 'undefined') applyPageSettings(stored);
}
