/**
 * The base of every Gongkai element: locale, typed events, localized render.
 *
 * Subclasses declare `static properties` (no decorators: the toolchain's
 * bundlers do not all lower them, see docs/toolchain.md) and add their own message
 * catalog to `static catalogs`.
 */
import { LitElement } from 'lit';
import type { CSSResultGroup, PropertyValues } from 'lit';
import { createGkEvent } from './events.js';
import type { GkEventMap, GkEventName } from './events.js';
import { resolveLocale } from '../localize/locale.js';
import type { Locale } from '../localize/locale.js';
import { loadTemplates } from '../localize/catalog.js';
import type { MessageCatalog } from '../localize/catalog.js';
import { withTemplates } from '../localize/msg.js';
import type { Templates } from '../localize/msg.js';
import { uiCatalog } from '../localize/ui-catalog.js';
import { baseStyles } from '../styles/base.js';
import { watchLang } from './lang-watch.js';

export const GONGKAI_VERSION = '0.1.0';

export class GkElement extends LitElement {
  static version = GONGKAI_VERSION;
  static override styles: CSSResultGroup = [baseStyles];
  /** Catalogs this element's messages come from; subclasses append their own. */
  static catalogs: readonly MessageCatalog[] = [uiCatalog];

  #locale: Locale = 'zh-Hans';
  #templates: Templates | undefined;
  #templatesReady: Promise<void> | undefined;
  #unwatchLang: (() => void) | undefined;

  /** The locale this element renders in (from the closest `[lang]`, then `<html lang>`). */
  get locale(): Locale {
    return this.#locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLocale();
    this.#unwatchLang = watchLang(() => this.#updateLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLang?.();
    this.#unwatchLang = undefined;
  }

  #updateLocale(): void {
    const locale = resolveLocale(this);
    if (locale === this.#locale && this.#templatesReady) return;
    this.#locale = locale;
    const catalogs = (this.constructor as typeof GkElement).catalogs;
    const pending = loadTemplates(locale, catalogs);
    if (!pending) {
      this.#templates = undefined;
      this.#templatesReady = Promise.resolve();
    } else {
      this.#templatesReady = pending.then(
        (templates) => {
          if (this.#locale === locale) this.#templates = templates;
        },
        (error: unknown) => {
          // A missing translation chunk leaves the Chinese source text, which
          // is complete; the page keeps working.
          console.warn('[gongkai] could not load translations for', locale, error);
          this.#templates = undefined;
        },
      );
    }
    this.localeChanged(locale);
    this.requestUpdate();
  }

  /** Called when the element's locale changes; subclasses may reformat derived text. */
  protected localeChanged(_locale: Locale): void {}

  /** Renders only once this locale's translations are in, so no text flashes in another language. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#templatesReady) await this.#templatesReady;
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    withTemplates(this.#templates, () => super.update(changed));
  }

  /** Translates outside of rendering, e.g. for an announcement or an event's message. */
  protected localize<T>(fn: () => T): T {
    return withTemplates(this.#templates, fn);
  }

  /** Fires a typed, bubbling, composed `gk-` event; returns false if it was cancelled. */
  emit<N extends GkEventName>(name: N, detail: GkEventMap[N], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(createGkEvent(name, detail, options));
  }
}
