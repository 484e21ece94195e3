/**
 * Registers `<gk-a11y-toolbar>`, and first re-applies the visitor's stored
 * settings to the page (see apply-stored-settings.ts): loaded early in
 * `<head>`, the page's first paint already has them. These are the only side
 * effects of this package.
 */
import { defineElement } from '@gongkai/ui';
import { applyStoredSettings } from './apply-stored-settings.js';
import { GkA11yToolbar } from './a11y-toolbar.js';

applyStoredSettings();
defineElement('gk-a11y-toolbar', GkA11yToolbar);
