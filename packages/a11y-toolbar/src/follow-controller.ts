/**
 * What follows the visitor's pointer and keyboard focus across the whole page: the reading guide,
 * crosshair and large cursor (PointerOverlays), the caption bar's text (大字幕) and its place at the
 * top or bottom, and the text point reading says. Listens on the document while connected, and
 * only does work for the aids that are on.
 */
import type { ReactiveController } from 'lit';
import type { GkElement } from '@gongkai/ui';
import type { A11ySettings } from './settings.js';
import { PointerOverlays } from './pointer-overlays.js';
import { languageOf, readableText } from './readable-text.js';

export interface FollowOptions {
  settings(): Readonly<A11ySettings>;
  /** Point reading is on: the text under the pointer or focus goes to `readPoint`. */
  pointReading(): boolean;
  /** `lang`: the language the text is written in (its nearest `lang`), '' when unknown. */
  readPoint(text: string, lang: string): void;
}

export class FollowController implements ReactiveController {
  readonly #host: GkElement;
  readonly #options: FollowOptions;
  readonly #overlays = new PointerOverlays();
  #caption = '';
  #captionPaused = false;
  #captionAtTop = false;

  constructor(host: GkElement, options: FollowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The caption bar's text ('' shows its hint). */
  get caption(): string { return this.#caption; }
  get captionPaused(): boolean { return this.#captionPaused; }
  /** The caption bar moved to the top because it would cover the focused element. */
  get captionAtTop(): boolean { return this.#captionAtTop; }

  hostConnected(): void {
    document.addEventListener('pointermove', this.#onPointerMove, { passive: true });
    document.addEventListener('pointerover', this.#onPointerOver, { passive: true });
    document.documentElement.addEventListener('pointerleave', this.#onPointerLeave, { passive: true });
    document.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointermove', this.#onPointerMove);
    document.removeEventListener('pointerover', this.#onPointerOver);
    document.documentElement.removeEventListener('pointerleave', this.#onPointerLeave);
    document.removeEventListener('focusin', this.#onFocusIn);
    this.#overlays.dispose();
  }

  /** The overlay layer is re-rendered with the host; the overlays write their positions onto it. */
  hostUpdated(): void {
    this.#overlays.attach(this.#host.renderRoot.querySelector<HTMLElement>('.layer'));
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  togglePause(): void {
    this.#set(() => (this.#captionPaused = !this.#captionPaused));
  }

  /** Empties the caption bar (captions off); `unpause` also resumes it (the toolbar's reset). */
  clearCaption(unpause = false): void {
    this.#set(() => {
      this.#caption = '';
      if (unpause) this.#captionPaused = false;
    });
  }

  #onPointerMove = (event: PointerEvent): void => {
    const s = this.#options.settings();
    if (s.readingGuide || s.crosshair || s.cursor !== 'default') this.#overlays.onPointerMove(event);
  };

  #onPointerLeave = (): void => this.#overlays.onPointerLeave();

  #onPointerOver = (event: PointerEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element && this.#isCaptionBar(target)) return;
    this.#follow(target, undefined);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (this.#options.settings().readingGuide) this.#overlays.onFocus(target);
    this.#follow(target, target);
  };

  /** The caption bar and point reading follow what is under the pointer or focused. */
  #follow(target: EventTarget | undefined, focused: Element | undefined): void {
    const captions = this.#options.settings().captions;
    const pointReading = this.#options.pointReading();
    if (!captions && !pointReading) return;
    const text = readableText(target);
    if (!text) return;
    if (captions && !this.#captionPaused) {
      if (text !== this.#caption) this.#set(() => (this.#caption = text));
      if (focused) this.#keepFocusedVisible(focused);
    }
    if (pointReading) this.#options.readPoint(text, languageOf(target instanceof Node ? target : undefined));
  }

  /** Moves the caption bar to the top when it would cover the focused element (WCAG 2.4.11). */
  #keepFocusedVisible(focused: Element): void {
    const rect = focused.getBoundingClientRect();
    const bar = this.#host.renderRoot.querySelector('.caption');
    const barHeight = bar?.getBoundingClientRect().height || window.innerHeight * 0.25;
    const coversBottom = rect.bottom > window.innerHeight - barHeight - 8;
    const coversTop = rect.top < barHeight + 8;
    const atTop = coversBottom && !coversTop ? true : coversTop ? false : this.#captionAtTop;
    if (atTop !== this.#captionAtTop) this.#set(() => (this.#captionAtTop = atTop));
  }

  #isCaptionBar(target: Element): boolean {
    return target.getRootNode() === this.#host.renderRoot && target.closest('.caption') !== null;
  }
}
