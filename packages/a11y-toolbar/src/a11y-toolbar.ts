import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { GkElement, msg, str } from '@gongkai/ui';
import type { MessageCatalog } from '@gongkai/ui';
import {
  DEFAULT_SETTINGS, TEXT_SCALES, LINE_SPACINGS, LETTER_SPACINGS, COLOR_SCHEMES, CURSOR_SIZES, SPEECH_RATES,
} from './settings.js';
import type { A11ySettings } from './settings.js';
import { loadStoredSettings, storeSettings } from './settings-storage.js';
import { applyPageSettings } from './page-styles.js';
import { readableText } from './readable-text.js';
import { PointerOverlays } from './pointer-overlays.js';
import { SHORTCUTS, shortcutFor } from './shortcuts.js';
import type { ShortcutAction } from './shortcuts.js';
import { colorSchemeLabel, cursorLabel, letterSpacingLabel, lineSpacingLabel } from './labels.js';
import { a11yToolbarStyles } from './styles.js';
import { a11yToolbarCatalog } from './catalog.js';
import type { ReadAloud, SpeechEngine } from './speech/read-aloud.js';

type Speaking = 'idle' | 'point' | 'continuous';
type SettingKey = keyof A11ySettings;

const FORCED_COLORS = '(forced-colors: active)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * `<gk-a11y-toolbar>`: the accessibility and elder-friendly toolbar (无障碍 / 适老化).
 *
 * A convenience for visitors, never a substitute for accessible pages: it
 * changes only what the visitor chooses (text size, spacing, colours, cursor,
 * reading aids, read-aloud), applies it to the host page and to every
 * Gongkai element, remembers it, and follows the system's preferences until
 * the visitor chooses otherwise. It claims no compliance, repairs nothing,
 * detects no assistive technology and sends no text anywhere.
 *
 * @element gk-a11y-toolbar
 * @fires gk-change - The visitor changed a setting: `{setting, value, settings}` (`setting` is `reset` after a reset)
 * @csspart base - The wrapper carrying typography and colours
 * @csspart toggle - The button that shows and hides the toolbar
 * @csspart panel - The panel with all controls
 * @csspart caption - The large caption bar (大字幕)
 * @cssprop --gk-a11y-guide-color - Colour of the reading guide band (default rgba(255, 214, 0, 0.3))
 * @cssprop --gk-a11y-caption-size - Text size in the caption bar (default 32px)
 */
export class GkA11yToolbar extends GkElement {
  static override styles = [GkElement.styles, a11yToolbarStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, a11yToolbarCatalog];

  static override properties = {
    readRoot: { type: String, attribute: 'read-root' },
    speechEngine: { attribute: false },
    _settings: { state: true, attribute: false },
    _forcedColors: { state: true, attribute: false },
    _systemReducedMotion: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _helpOpen: { state: true, attribute: false },
    _speaking: { state: true, attribute: false },
    _pointReading: { state: true, attribute: false },
    _speechMessage: { state: true, attribute: false },
    _voiceName: { state: true, attribute: false },
    _voices: { state: true, attribute: false },
    _caption: { state: true, attribute: false },
    _captionPaused: { state: true, attribute: false },
    _captionAtTop: { state: true, attribute: false },
  };

  /** CSS selector of the content continuous reading reads (default `main, [role="main"]`, else the body). */
  declare readRoot: string | undefined;
  /** The speech engine (default `window.speechSynthesis`); a page may pass another implementing the same interface. */
  declare speechEngine: SpeechEngine | undefined;

  declare private _settings: A11ySettings;
  declare private _forcedColors: boolean;
  declare private _systemReducedMotion: boolean;
  declare private _announcement: string;
  declare private _helpOpen: boolean;
  declare private _speaking: Speaking;
  declare private _pointReading: boolean;
  declare private _speechMessage: string;
  declare private _voiceName: string;
  declare private _voices: ReadonlyArray<{ uri: string; name: string; local: boolean }>;
  declare private _caption: string;
  declare private _captionPaused: boolean;
  declare private _captionAtTop: boolean;

  #overlays = new PointerOverlays();
  #reader: Promise<ReadAloud> | undefined;
  #lastPointText = '';
  #media: Array<[MediaQueryList, () => void]> = [];

  constructor() {
    super();
    this._settings = { ...DEFAULT_SETTINGS };
    this._forcedColors = false;
    this._systemReducedMotion = false;
    this._announcement = '';
    this._helpOpen = false;
    this._speaking = 'idle';
    this._pointReading = false;
    this._speechMessage = '';
    this._voiceName = '';
    this._voices = [];
    this._caption = '';
    this._captionPaused = false;
    this._captionAtTop = false;
  }

  /** The settings in force (a copy). */
  get settings(): A11ySettings {
    return { ...this._settings };
  }

  /** Whether reduced motion is in force: the visitor's choice, else the system's preference. */
  get reducedMotion(): boolean {
    return this._settings.reducedMotion ?? this._systemReducedMotion;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._settings = loadStoredSettings() ?? { ...DEFAULT_SETTINGS };
    applyPageSettings(this._settings);
    this.#watchMedia(FORCED_COLORS, (matches) => (this._forcedColors = matches));
    this.#watchMedia(REDUCED_MOTION, (matches) => (this._systemReducedMotion = matches));
    document.addEventListener('pointermove', this.#onPointerMove, { passive: true });
    document.addEventListener('pointerover', this.#onPointerOver, { passive: true });
    document.documentElement.addEventListener('pointerleave', this.#onPointerLeave, { passive: true });
    document.addEventListener('focusin', this.#onFocusIn);
    document.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const [list, listener] of this.#media) list.removeEventListener('change', listener);
    this.#media = [];
    document.removeEventListener('pointermove', this.#onPointerMove);
    document.removeEventListener('pointerover', this.#onPointerOver);
    document.documentElement.removeEventListener('pointerleave', this.#onPointerLeave);
    document.removeEventListener('focusin', this.#onFocusIn);
    document.removeEventListener('keydown', this.#onKeyDown);
    this.#overlays.dispose();
    this.#stopSpeech();
  }

  #watchMedia(query: string, apply: (matches: boolean) => void): void {
    const list = window.matchMedia(query);
    const listener = () => apply(list.matches);
    listener();
    list.addEventListener('change', listener);
    this.#media.push([list, listener]);
  }

  protected override updated(): void {
    this.#overlays.attach(this.renderRoot.querySelector<HTMLElement>('.layer'));
  }

  /** Back to the defaults (the toolbar stays open); the page loses every change the toolbar made. */
  reset(): void {
    this.#stopSpeech();
    this._pointReading = false;
    this._captionPaused = false;
    this._caption = '';
    this.#update({ ...DEFAULT_SETTINGS, open: this._settings.open });
  }

  // --- applying settings -------------------------------------------------

  #update(next: A11ySettings): void {
    this._settings = next;
    storeSettings(next);
    applyPageSettings(next);
  }

  /** A visitor's change: apply, remember, announce, and tell the portal. */
  #change<K extends SettingKey>(key: K, value: A11ySettings[K], announcement: string): void {
    this.#update({ ...this._settings, [key]: value });
    this.#announce(announcement);
    this.emit('gk-change', { setting: key, value, settings: this.settings });
  }

  #announce(text: string): void {
    // Clear first so the same message twice is announced twice.
    this._announcement = '';
    requestAnimationFrame(() => (this._announcement = text));
  }

  #stepText(direction: 1 | -1): void {
    const index = TEXT_SCALES.indexOf(this._settings.textScale as (typeof TEXT_SCALES)[number]);
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))] ?? 1;
    const percent = Math.round(next * 100);
    this.#change('textScale', next, this.localize(() => msg(str`文字大小：${percent}%`, { id: 'a11y.say.textSize' })));
  }

  #toggleOpen(): void {
    const open = !this._settings.open;
    this.#change('open', open, open ? this.localize(() => msg('已显示无障碍工具栏', { id: 'a11y.say.shown' })) : this.localize(() => msg('已隐藏无障碍工具栏', { id: 'a11y.say.hidden' })));
  }

  #onReset(): void {
    this.reset();
    this.#announce(this.localize(() => msg('已恢复默认设置', { id: 'a11y.say.reset' })));
    this.emit('gk-change', { setting: 'reset', value: null, settings: this.settings });
  }

  #onPanelKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this._settings.open) return;
    event.stopPropagation();
    this.#toggleOpen();
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };

  // --- pointer, focus and shortcuts ------------------------------------------

  #onPointerMove = (event: PointerEvent): void => {
    const s = this._settings;
    if (s.readingGuide || s.crosshair || s.cursor !== 'default') this.#overlays.onPointerMove(event);
  };

  #onPointerLeave = (): void => this.#overlays.onPointerLeave();

  #onPointerOver = (event: PointerEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element && this.#isOwnOverlay(target)) return;
    this.#follow(target, undefined);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (this._settings.readingGuide) this.#overlays.onFocus(target);
    this.#follow(target, target);
  };

  /** The caption bar and point reading follow what is under the pointer or focused. */
  #follow(target: EventTarget | undefined, focused: Element | undefined): void {
    if (!this._settings.captions && !this._pointReading) return;
    const text = readableText(target);
    if (!text) return;
    if (this._settings.captions && !this._captionPaused) {
      this._caption = text;
      if (focused) this.#keepFocusedVisible(focused);
    }
    if (this._pointReading && text !== this.#lastPointText) {
      this.#lastPointText = text;
      void this.#speak('point', (reader) => reader.speakPoint(text));
    }
  }

  /** Moves the caption bar to the top when it would cover the focused element (WCAG 2.4.11). */
  #keepFocusedVisible(focused: Element): void {
    const rect = focused.getBoundingClientRect();
    const bar = this.renderRoot.querySelector('.caption');
    const barHeight = bar?.getBoundingClientRect().height || window.innerHeight * 0.25;
    const coversBottom = rect.bottom > window.innerHeight - barHeight - 8;
    const coversTop = rect.top < barHeight + 8;
    this._captionAtTop = coversBottom && !coversTop ? true : coversTop ? false : this._captionAtTop;
  }

  #isOwnOverlay(target: Element): boolean {
    return target.getRootNode() === this.renderRoot && target.closest('.caption') !== null;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this._settings.shortcuts) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    this.#runShortcut(action);
  };

  #runShortcut(action: ShortcutAction): void {
    switch (action) {
      case 'toggle': return this.#toggleOpen();
      case 'larger': return this.#stepText(1);
      case 'smaller': return this.#stepText(-1);
      case 'read': return void this.#readContinuous();
      case 'stop': return this.#onStop();
      case 'captions': return this.#toggleCaptions();
      case 'reset': return this.#onReset();
    }
  }

  #toggleCaptions(): void {
    const on = !this._settings.captions;
    if (!on) this._caption = '';
    this.#change('captions', on, on ? this.localize(() => msg('大字幕已开启', { id: 'a11y.say.captionsOn' })) : this.localize(() => msg('大字幕已关闭', { id: 'a11y.say.captionsOff' })));
  }

  // --- read-aloud ----------------------------------------------------------

  #engine(): SpeechEngine | undefined {
    return this.speechEngine ?? (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);
  }

  /** The read-aloud code is downloaded the first time a visitor asks for it. */
  #loadReader(engine: SpeechEngine): Promise<ReadAloud> {
    this.#reader ??= import('./speech/read-aloud.js').then(({ ReadAloud }) => new ReadAloud(engine));
    return this.#reader;
  }

  async #speak(mode: Speaking, run: (reader: ReadAloud) => Promise<'spoken' | 'no-voice' | 'stopped'>): Promise<void> {
    const engine = this.#engine();
    if (!engine) {
      this.#speechProblem(this.localize(() => msg('此浏览器不支持朗读功能。', { id: 'a11y.speech.unsupported' })));
      return;
    }
    const reader = await this.#loadReader(engine);
    reader.rate = this._settings.speechRate;
    reader.preferredVoice = this._settings.speechVoice;
    this._speaking = mode;
    await this.#showVoice(reader);
    const result = await run(reader);
    if (result === 'no-voice') {
      this._pointReading = false;
      this.#speechProblem(this.localize(() => msg('此浏览器没有中文语音，无法朗读。可在操作系统的语音设置中安装中文（普通话）语音后再试。', { id: 'a11y.speech.noVoice' })));
    }
    if (result !== 'stopped' && this._speaking === mode) this._speaking = 'idle';
  }

  /** Shows which voice speaks, and lists the Chinese voices the visitor can pick from. */
  async #showVoice(reader: ReadAloud): Promise<void> {
    const voice = await reader.voice();
    if (!voice) return;
    this._voices = (await reader.chineseVoices()).map((v) => ({ uri: v.voiceURI, name: `${v.name} (${v.lang})`, local: v.localService }));
    this._speechMessage = '';
    this._voiceName = voice.localService
      ? this.localize(() => msg(str`语音：${voice.name}（本机）`, { id: 'a11y.speech.voiceLocal' }))
      : this.localize(() => msg(str`语音：${voice.name}（在线）`, { id: 'a11y.speech.voiceOnline' }));
  }

  #pickVoice(uri: string): void {
    this.#change('speechVoice', uri, this.localize(() => msg('已更换语音', { id: 'a11y.say.voice' })));
    void this.#reader?.then(async (reader) => {
      reader.preferredVoice = uri;
      await this.#showVoice(reader);
    });
  }

  #speechProblem(message: string): void {
    this._speaking = 'idle';
    this._speechMessage = message;
    this.#announce(message);
  }

  #togglePointReading(): void {
    this._pointReading = !this._pointReading;
    this.#lastPointText = '';
    if (!this._pointReading) this.#stopSpeech();
    this.#announce(this._pointReading ? this.localize(() => msg('指读已开启：朗读指针或焦点所在的内容', { id: 'a11y.say.pointOn' })) : this.localize(() => msg('指读已关闭', { id: 'a11y.say.pointOff' })));
    this.emit('gk-change', { setting: 'pointReading', value: this._pointReading, settings: this.settings });
  }

  async #readContinuous(): Promise<void> {
    const root = (this.readRoot ? document.querySelector(this.readRoot) : null) ?? document.querySelector('main, [role="main"]') ?? document.body;
    const { collectReadingText } = await import('./speech/read-aloud.js');
    await this.#speak('continuous', (reader) => reader.readContinuous(collectReadingText(root)));
  }

  #stopSpeech(): void {
    this._speaking = 'idle';
    this.#lastPointText = '';
    void this.#reader?.then((reader) => reader.stop());
  }

  #onStop(): void {
    this.#stopSpeech();
    this.#announce(this.localize(() => msg('已停止朗读', { id: 'a11y.say.stopped' })));
  }

  // --- rendering -------------------------------------------------------------

  #choice<V extends string | number>(name: string, labelId: string, label: string, values: readonly V[], current: V, text: (v: V) => string, pick: (v: V) => void, disabled = false): TemplateResult {
    return html`<div class="group" role="group" aria-labelledby=${labelId}>
      <span class="group-label" id=${labelId}>${label}</span>
      <span class="choices">
        ${values.map((v) => html`<button type="button" class="gk-button" data-setting=${name} data-value=${String(v)} aria-pressed=${String(v === current)} ?disabled=${disabled} @click=${() => pick(v)}>${text(v)}</button>`)}
      </span>
    </div>`;
  }

  #toggle(name: string, label: string, pressed: boolean, onClick: () => void): TemplateResult {
    return html`<button type="button" class="gk-button" data-setting=${name} aria-pressed=${String(pressed)} @click=${onClick}>${label}</button>`;
  }

  override render(): TemplateResult {
    const s = this._settings;
    const on = msg('已开启', { id: 'a11y.on' });
    const off = msg('已关闭', { id: 'a11y.off' });
    const percent = Math.round(s.textScale * 100);
    return html`
      <div part="base" class="toolbar ${s.elderMode ? 'elder' : ''} ${this.reducedMotion ? 'reduce-motion' : ''}" @keydown=${this.#onPanelKeyDown}>
        <button type="button" part="toggle" class="gk-button toggle" aria-expanded=${String(s.open)} aria-controls="panel" @click=${() => this.#toggleOpen()}>
          ${msg('无障碍', { id: 'a11y.toggle' })}
        </button>
        <div id="panel" part="panel" class="panel" role="region" aria-label=${msg('无障碍工具栏', { id: 'a11y.panel' })} ?hidden=${!s.open}>
          <div class="group" role="group" aria-labelledby="g-text">
            <span class="group-label" id="g-text">${msg('文字大小', { id: 'a11y.text' })}</span>
            <button type="button" class="gk-button" data-setting="smaller" ?disabled=${s.textScale <= TEXT_SCALES[0]} @click=${() => this.#stepText(-1)}>${msg('缩小', { id: 'a11y.text.smaller' })}</button>
            <output class="value" aria-label=${msg(str`当前文字大小 ${percent}%`, { id: 'a11y.text.current' })}>${percent}%</output>
            <button type="button" class="gk-button" data-setting="larger" ?disabled=${s.textScale >= TEXT_SCALES[TEXT_SCALES.length - 1]!} @click=${() => this.#stepText(1)}>${msg('放大', { id: 'a11y.text.larger' })}</button>
            ${this.#toggle('elderMode', msg('适老模式', { id: 'a11y.elder' }), s.elderMode, () => this.#change('elderMode', !s.elderMode, `${msg('适老模式', { id: 'a11y.elder' })} ${!s.elderMode ? on : off}`))}
          </div>
          ${this.#choice('lineSpacing', 'g-line', msg('行距', { id: 'a11y.line' }), LINE_SPACINGS, s.lineSpacing, lineSpacingLabel, (v) => this.#change('lineSpacing', v, `${msg('行距', { id: 'a11y.line' })}：${lineSpacingLabel(v)}`))}
          ${this.#choice('letterSpacing', 'g-letter', msg('字距', { id: 'a11y.letter' }), LETTER_SPACINGS, s.letterSpacing, letterSpacingLabel, (v) => this.#change('letterSpacing', v, `${msg('字距', { id: 'a11y.letter' })}：${letterSpacingLabel(v)}`))}
          ${this.#choice('colorScheme', 'g-scheme', msg('配色', { id: 'a11y.scheme' }), COLOR_SCHEMES, s.colorScheme, colorSchemeLabel, (v) => this.#change('colorScheme', v, `${msg('配色', { id: 'a11y.scheme' })}：${colorSchemeLabel(v)}`), this._forcedColors)}
          ${this._forcedColors ? html`<p class="note">${msg('系统已开启强制颜色（高对比度）模式，以系统设置为准，本工具栏的配色方案已停用。', { id: 'a11y.scheme.forced' })}</p>` : nothing}
          ${this.#choice('cursor', 'g-cursor', msg('光标', { id: 'a11y.cursor' }), CURSOR_SIZES, s.cursor, cursorLabel, (v) => this.#change('cursor', v, `${msg('光标', { id: 'a11y.cursor' })}：${cursorLabel(v)}`))}
          <div class="group" role="group" aria-labelledby="g-aids">
            <span class="group-label" id="g-aids">${msg('辅助', { id: 'a11y.aids' })}</span>
            ${this.#toggle('readingGuide', msg('阅读线', { id: 'a11y.guide' }), s.readingGuide, () => this.#change('readingGuide', !s.readingGuide, `${msg('阅读线', { id: 'a11y.guide' })} ${!s.readingGuide ? on : off}`))}
            ${this.#toggle('crosshair', msg('十字线', { id: 'a11y.crosshair' }), s.crosshair, () => this.#change('crosshair', !s.crosshair, `${msg('十字线', { id: 'a11y.crosshair' })} ${!s.crosshair ? on : off}`))}
            ${this.#toggle('captions', msg('大字幕', { id: 'a11y.captions' }), s.captions, () => this.#toggleCaptions())}
            ${this.#toggle('reducedMotion', msg('减少动画', { id: 'a11y.motion' }), this.reducedMotion, () => this.#change('reducedMotion', !this.reducedMotion, `${msg('减少动画', { id: 'a11y.motion' })} ${!this.reducedMotion ? on : off}`))}
          </div>
          ${this.#renderSpeech()}
          <div class="group">
            <button type="button" class="gk-button" data-setting="help" aria-expanded=${String(this._helpOpen)} aria-controls="help" @click=${() => (this._helpOpen = !this._helpOpen)}>${msg('快捷键', { id: 'a11y.help' })}</button>
            <button type="button" class="gk-button" data-setting="reset" @click=${() => this.#onReset()}>${msg('重置', { id: 'a11y.reset' })}</button>
          </div>
          ${this._helpOpen ? this.#renderHelp() : nothing}
          <p class="note">${msg('本工具栏仅为方便浏览，不改变网页内容。浏览器和操作系统自带的无障碍设置同样适用。', { id: 'a11y.disclaimer' })}</p>
        </div>
        <div class="gk-visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      </div>
      ${this.#renderOverlays()}
    `;
  }

  #renderSpeech(): TemplateResult {
    const s = this._settings;
    const rateLabel = (rate: number) => `${rate}×`;
    return html`<div class="group" role="group" aria-labelledby="g-speech">
        <span class="group-label" id="g-speech">${msg('朗读', { id: 'a11y.speech' })}</span>
        ${this.#toggle('pointReading', msg('指读', { id: 'a11y.speech.point' }), this._pointReading, () => this.#togglePointReading())}
        <button type="button" class="gk-button" data-setting="continuous" aria-pressed=${String(this._speaking === 'continuous')} @click=${() => void this.#readContinuous()}>${msg('连读', { id: 'a11y.speech.continuous' })}</button>
        <button type="button" class="gk-button" data-setting="stop" @click=${() => this.#onStop()}>${msg('停止', { id: 'a11y.speech.stop' })}</button>
      </div>
      ${this.#choice('speechRate', 'g-rate', msg('语速', { id: 'a11y.speech.rate' }), SPEECH_RATES, s.speechRate, rateLabel, (v) => {
        this.#change('speechRate', v, `${msg('语速', { id: 'a11y.speech.rate' })}：${rateLabel(v)}`);
        void this.#reader?.then((reader) => (reader.rate = v));
      })}
      ${this._voices.length > 1 ? html`<div class="group">
        <label class="group-label" for="voice">${msg('选择语音', { id: 'a11y.speech.voice' })}</label>
        <select id="voice" data-setting="speechVoice" @change=${(e: Event) => this.#pickVoice((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${s.speechVoice === ''}>${msg('自动（优先本机中文语音）', { id: 'a11y.speech.voiceAuto' })}</option>
          ${this._voices.map((v) => html`<option value=${v.uri} ?selected=${v.uri === s.speechVoice}>${v.name}${v.local ? '' : ` · ${msg('在线', { id: 'a11y.speech.online' })}`}</option>`)}
        </select>
      </div>` : nothing}
      ${this._voiceName && !this._speechMessage ? html`<p class="note voice-name">${this._voiceName}</p>` : nothing}
      ${this._speechMessage ? html`<p class="note speech-message">${this._speechMessage}</p>` : nothing}`;
  }

  #renderHelp(): TemplateResult {
    const describe: Record<ShortcutAction, string> = {
      toggle: msg('显示或隐藏工具栏', { id: 'a11y.key.toggle' }),
      larger: msg('放大文字', { id: 'a11y.key.larger' }),
      smaller: msg('缩小文字', { id: 'a11y.key.smaller' }),
      read: msg('连读主要内容', { id: 'a11y.key.read' }),
      stop: msg('停止朗读', { id: 'a11y.key.stop' }),
      captions: msg('开启或关闭大字幕', { id: 'a11y.key.captions' }),
      reset: msg('恢复默认设置', { id: 'a11y.key.reset' }),
    };
    return html`<div id="help" class="help">
      <label class="check">
        <input type="checkbox" data-setting="shortcuts" .checked=${this._settings.shortcuts} @change=${(e: Event) => {
          const enabled = (e.target as HTMLInputElement).checked;
          this.#change('shortcuts', enabled, `${msg('快捷键', { id: 'a11y.help' })} ${enabled ? msg('已开启', { id: 'a11y.on' }) : msg('已关闭', { id: 'a11y.off' })}`);
        }}>
        ${msg('启用快捷键', { id: 'a11y.shortcuts.enable' })}
      </label>
      <dl class="keys">
        ${SHORTCUTS.map((s) => html`<div><dt><kbd>${s.keys}</kbd></dt><dd>${describe[s.action]}</dd></div>`)}
      </dl>
    </div>`;
  }

  #renderOverlays(): TemplateResult {
    const s = this._settings;
    const layer = html`<div class="layer" aria-hidden="true">
      ${s.readingGuide ? html`<div class="guide"></div>` : nothing}
      ${s.crosshair ? html`<div class="cross-h"></div><div class="cross-v"></div>` : nothing}
      ${s.cursor !== 'default' ? html`<div class="cursor ${s.cursor}"><div class="cursor-edge"></div><div class="cursor-fill"></div></div>` : nothing}
    </div>`;
    if (!s.captions) return layer;
    return html`${layer}
      <div part="caption" class="caption ${this._captionAtTop ? 'top' : ''}" role="region" aria-label=${msg('大字幕', { id: 'a11y.captions' })}>
        <p class="caption-text">${this._caption || msg('将指针移到文字上或用 Tab 键移动焦点，这里会显示放大的文字。', { id: 'a11y.captions.hint' })}</p>
        <button type="button" class="gk-button caption-pause" aria-pressed=${String(this._captionPaused)} @click=${() => (this._captionPaused = !this._captionPaused)}>${msg('暂停字幕', { id: 'a11y.captions.pause' })}</button>
      </div>`;
  }
}
