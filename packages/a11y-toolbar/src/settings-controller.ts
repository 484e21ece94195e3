/**
 * The settings in force, as host state: read from storage when the toolbar connects, applied to
 * the page and remembered on every change, with the two system preferences the toolbar defers to
 * (forced colours switch its colour schemes off; reduced motion is followed until the visitor
 * chooses). Only a visitor's change fires `gk-change` (docs/design.md §2): programmatic changes
 * (reset(), restoring storage) never do.
 */
import type { ReactiveController } from 'lit';
import type { GkElement } from '@gongkai/ui';
import { DEFAULT_SETTINGS, effectiveFontPx } from './settings.js';
import type { A11ySettings } from './settings.js';
import { loadStoredSettings, storeSettings } from './settings-storage.js';
import { applyPageSettings, applyToAddedContent } from './page-styles.js';

const FORCED_COLORS = '(forced-colors: active)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export class ToolbarSettingsController implements ReactiveController {
  readonly #host: GkElement;
  #settings: A11ySettings = { ...DEFAULT_SETTINGS };
  #forcedColors = false;
  #systemReducedMotion = false;
  #media: Array<[MediaQueryList, () => void]> = [];
  /** Elements the page adds while its text is scaled are measured and scaled too (at most once a frame, only what was added). */
  #contentWatcher: MutationObserver | undefined;
  #remeasure = 0;
  #added: Element[] = [];

  constructor(host: GkElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The settings in force (do not mutate; change them through `change` or `replace`). */
  get value(): Readonly<A11ySettings> { return this.#settings; }
  /** The system's forced colours (Windows high contrast) are active. */
  get forcedColors(): boolean { return this.#forcedColors; }
  /** The visitor's explicit choice, else the system's `prefers-reduced-motion`. */
  get reducedMotion(): boolean { return this.#settings.reducedMotion ?? this.#systemReducedMotion; }

  hostConnected(): void {
    this.#settings = loadStoredSettings() ?? { ...DEFAULT_SETTINGS };
    applyPageSettings(this.#settings);
    this.#watch(FORCED_COLORS, (matches) => (this.#forcedColors = matches));
    this.#watch(REDUCED_MOTION, (matches) => (this.#systemReducedMotion = matches));
    this.#contentWatcher = new MutationObserver((records) => {
      if (effectiveFontPx(this.#settings) === undefined) return;
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) this.#added.push(node);
      if (this.#added.length === 0 || this.#remeasure) return;
      this.#remeasure = requestAnimationFrame(() => {
        this.#remeasure = 0;
        const added = this.#added.filter((el) => el.isConnected);
        this.#added = [];
        applyToAddedContent(this.#settings, added);
      });
    });
    if (document.body) this.#contentWatcher.observe(document.body, { childList: true, subtree: true });
  }

  hostDisconnected(): void {
    for (const [list, listener] of this.#media) list.removeEventListener('change', listener);
    this.#media = [];
    this.#contentWatcher?.disconnect();
    cancelAnimationFrame(this.#remeasure);
    this.#remeasure = 0;
    this.#added = [];
  }

  #watch(query: string, apply: (matches: boolean) => void): void {
    const list = window.matchMedia(query);
    const listener = () => {
      apply(list.matches);
      this.#host.requestUpdate();
    };
    listener();
    list.addEventListener('change', listener);
    this.#media.push([list, listener]);
  }

  /** Puts `next` in force: remembered and applied to the page, without an event. */
  replace(next: A11ySettings): void {
    this.#settings = next;
    storeSettings(next);
    applyPageSettings(next);
    this.#host.requestUpdate();
  }

  /** A visitor's change of one setting: in force, remembered, and told to the portal. */
  change<K extends keyof A11ySettings>(key: K, value: A11ySettings[K]): void {
    this.replace({ ...this.#settings, [key]: value });
    this.#host.emit('gk-change', { setting: key, value, settings: { ...this.#settings } });
  }
}
