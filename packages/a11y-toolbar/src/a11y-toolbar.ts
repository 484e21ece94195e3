import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { GkElement, msg, str } from '@gongkai/ui';
import type { MessageCatalog } from '@gongkai/ui';
import { DEFAULT_SETTINGS, effectiveFontPx, TEXT_SCALES, LINE_SPACINGS, LETTER_SPACINGS, COLOR_SCHEMES, CURSOR_SIZES } from './settings.js';
import type { A11ySettings } from './settings.js';
import { ToolbarSettingsController } from './settings-controller.js';
import { FollowController } from './follow-controller.js';
import { ShortcutsController } from './shortcuts.js';
import type { ShortcutAction } from './shortcuts.js';
import { SpeechController } from './speech/speech-controller.js';
import { colorSchemeLabel, cursorLabel, letterSpacingLabel, lineSpacingLabel } from './labels.js';
import { renderChoice, renderToggle } from './views/controls.js';
import { renderHelp } from './views/help-view.js';
import { renderOverlays } from './views/overlays-view.js';
import { renderSpeech } from './views/speech-view.js';
import { a11yToolbarStyles } from './styles.js';
import { a11yToolbarCatalog } from './catalog.js';
import type { SpeechEngine } from './speech/read-aloud.js';

type SettingKey = keyof A11ySettings;

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
 * The class wires up its controllers and renders: ToolbarSettingsController (the settings in
 * force, storage, system preferences, `gk-change`), FollowController (what follows the pointer
 * and focus: overlays, caption bar), SpeechController (read-aloud) and ShortcutsController.
 *
 * @tagname gk-a11y-toolbar
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
    _announcement: { state: true, attribute: false },
    _helpOpen: { state: true, attribute: false },
  };

  /** CSS selector of the content continuous reading reads (default `main, [role="main"]`, else the body). */
  declare readRoot: string | undefined;
  /** The speech engine (default `window.speechSynthesis`); a page may pass another implementing the same interface. */
  declare speechEngine: SpeechEngine | undefined;

  declare private _announcement: string;
  declare private _helpOpen: boolean;

  readonly #settings = new ToolbarSettingsController(this);
  readonly #speech = new SpeechController(this, {
    engine: () => this.speechEngine,
    settings: () => this.#settings.value,
    readRoot: () => (this.readRoot ? document.querySelector(this.readRoot) : null) ?? document.querySelector('main, [role="main"]') ?? document.body,
    localize: (fn) => this.localize(fn),
    announce: (text) => this.#announce(text),
  });
  readonly #follow = new FollowController(this, {
    settings: () => this.#settings.value,
    pointReading: () => this.#speech.pointReading,
    readPoint: (text, lang) => this.#speech.readPoint(text, lang),
  });

  constructor() {
    super();
    this._announcement = '';
    this._helpOpen = false;
    new ShortcutsController(this, () => this.#settings.value.shortcuts, (action) => this.#runShortcut(action));
  }

  /** The settings in force (a copy). */
  get settings(): A11ySettings {
    return { ...this.#settings.value };
  }

  /** Whether reduced motion is in force: the visitor's choice, else the system's preference. */
  get reducedMotion(): boolean {
    return this.#settings.reducedMotion;
  }

  /** Back to the defaults (the toolbar stays open); the page loses every change the toolbar made. */
  reset(): void {
    this.#speech.reset();
    this.#follow.clearCaption(true);
    this.#settings.replace({ ...DEFAULT_SETTINGS, open: this.#settings.value.open });
  }

  // --- visitors' changes -----------------------------------------------------

  /** A visitor's change: apply, remember, announce, and tell the portal. */
  #change<K extends SettingKey>(key: K, value: A11ySettings[K], announcement: string): void {
    this.#settings.change(key, value);
    this.#announce(announcement);
  }

  /** An on/off setting, announced as its name and its new state. */
  #flip(key: 'elderMode' | 'readingGuide' | 'crosshair' | 'reducedMotion', name: string): void {
    const on = !(key === 'reducedMotion' ? this.reducedMotion : this.#settings.value[key]);
    this.#change(key, on, `${name} ${this.#onOff(on)}`);
  }

  /** 已开启 / 已关闭 in the toolbar's language (announcements are made outside rendering). */
  #onOff(on: boolean): string {
    return this.localize(() => (on ? msg('已开启', { id: 'a11y.on' }) : msg('已关闭', { id: 'a11y.off' })));
  }

  #announce(text: string): void {
    // Clear first so the same message twice is announced twice.
    this._announcement = '';
    requestAnimationFrame(() => (this._announcement = text));
  }

  #stepText(direction: 1 | -1): void {
    const index = TEXT_SCALES.indexOf(this.#settings.value.textScale as (typeof TEXT_SCALES)[number]);
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))] ?? 1;
    const percent = Math.round(next * 100);
    this.#change('textScale', next, this.localize(() => msg(str`文字大小：${percent}%`, { id: 'a11y.say.textSize' })));
  }

  #toggleOpen(): void {
    const open = !this.#settings.value.open;
    this.#change('open', open, open ? this.localize(() => msg('已显示无障碍工具栏', { id: 'a11y.say.shown' })) : this.localize(() => msg('已隐藏无障碍工具栏', { id: 'a11y.say.hidden' })));
  }

  #toggleCaptions(): void {
    const on = !this.#settings.value.captions;
    if (!on) this.#follow.clearCaption();
    this.#change('captions', on, on ? this.localize(() => msg('大字幕已开启', { id: 'a11y.say.captionsOn' })) : this.localize(() => msg('大字幕已关闭', { id: 'a11y.say.captionsOff' })));
  }

  #onReset(): void {
    this.reset();
    this.#announce(this.localize(() => msg('已恢复默认设置', { id: 'a11y.say.reset' })));
    this.emit('gk-change', { setting: 'reset', value: null, settings: this.settings });
  }

  #onPanelKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#settings.value.open) return;
    event.stopPropagation();
    this.#toggleOpen();
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };

  #runShortcut(action: ShortcutAction): void {
    switch (action) {
      case 'toggle': return this.#toggleOpen();
      case 'larger': return this.#stepText(1);
      case 'smaller': return this.#stepText(-1);
      case 'read': return void this.#speech.readContinuous();
      case 'stop': return this.#onStop();
      case 'captions': return this.#toggleCaptions();
      case 'reset': return this.#onReset();
    }
  }

  // --- read-aloud ----------------------------------------------------------

  #togglePointReading(): void {
    const on = this.#speech.togglePointReading();
    this.#announce(on ? this.localize(() => msg('指读已开启：朗读指针或焦点所在的内容', { id: 'a11y.say.pointOn' })) : this.localize(() => msg('指读已关闭', { id: 'a11y.say.pointOff' })));
    this.emit('gk-change', { setting: 'pointReading', value: on, settings: this.settings });
  }

  #onStop(): void {
    this.#speech.stop();
    this.#announce(this.localize(() => msg('已停止朗读', { id: 'a11y.say.stopped' })));
  }

  // --- rendering -------------------------------------------------------------

  override render(): TemplateResult {
    const s = this.#settings.value;
    // The size in force: elder mode raises body text to 18 px even at the 100 % step.
    const percent = Math.round(((effectiveFontPx(s) ?? 16) / 16) * 100);
    const choice = <K extends 'lineSpacing' | 'letterSpacing' | 'colorScheme' | 'cursor'>(
      key: K, labelId: string, label: string, values: readonly A11ySettings[K][], text: (v: A11ySettings[K]) => string, disabled = false,
    ) => renderChoice({ name: key, labelId, label, values, current: s[key], text, disabled, pick: (v) => this.#change(key, v, `${label}：${text(v)}`) });
    return html`
      <div part="base" class="toolbar ${s.elderMode ? 'elder' : ''} ${this.reducedMotion ? 'reduce-motion' : ''}" @keydown=${this.#onPanelKeyDown}>
        <button type="button" part="toggle" class="gk-button toggle" aria-expanded=${String(s.open)} aria-controls="panel" @click=${() => this.#toggleOpen()}>
          ${msg('无障碍', { id: 'a11y.toggle' })}
        </button>
        <div id="panel" part="panel" class="panel" role="region" aria-label=${msg('无障碍工具栏', { id: 'a11y.panel' })} ?hidden=${!s.open}>
          <div class="group" role="group" aria-labelledby="g-text">
            <span class="group-label" id="g-text">${msg('文字大小', { id: 'a11y.text' })}</span>
            ${this.#stepButton('smaller', -1, msg('缩小', { id: 'a11y.text.smaller' }), s.textScale <= TEXT_SCALES[0])}
            <output class="value" aria-label=${msg(str`当前文字大小 ${percent}%`, { id: 'a11y.text.current' })}>${percent}%</output>
            ${this.#stepButton('larger', 1, msg('放大', { id: 'a11y.text.larger' }), s.textScale >= TEXT_SCALES[TEXT_SCALES.length - 1]!)}
            ${this.#flipButton('elderMode', msg('适老模式', { id: 'a11y.elder' }), s.elderMode)}
          </div>
          ${choice('lineSpacing', 'g-line', msg('行距', { id: 'a11y.line' }), LINE_SPACINGS, lineSpacingLabel)}
          ${choice('letterSpacing', 'g-letter', msg('字距', { id: 'a11y.letter' }), LETTER_SPACINGS, letterSpacingLabel)}
          ${choice('colorScheme', 'g-scheme', msg('配色', { id: 'a11y.scheme' }), COLOR_SCHEMES, colorSchemeLabel, this.#settings.forcedColors)}
          ${this.#settings.forcedColors ? html`<p class="note">${msg('系统已开启强制颜色（高对比度）模式，以系统设置为准，本工具栏的配色方案已停用。', { id: 'a11y.scheme.forced' })}</p>` : nothing}
          ${choice('cursor', 'g-cursor', msg('光标', { id: 'a11y.cursor' }), CURSOR_SIZES, cursorLabel)}
          <div class="group" role="group" aria-labelledby="g-aids">
            <span class="group-label" id="g-aids">${msg('辅助', { id: 'a11y.aids' })}</span>
            ${this.#flipButton('readingGuide', msg('阅读线', { id: 'a11y.guide' }), s.readingGuide)}
            ${this.#flipButton('crosshair', msg('十字线', { id: 'a11y.crosshair' }), s.crosshair)}
            ${renderToggle('captions', msg('大字幕', { id: 'a11y.captions' }), s.captions, () => this.#toggleCaptions())}
            ${this.#flipButton('reducedMotion', msg('减少动画', { id: 'a11y.motion' }), this.reducedMotion)}
          </div>
          ${renderSpeech(s, this.#speech, {
            togglePointReading: () => this.#togglePointReading(),
            readContinuous: () => void this.#speech.readContinuous(),
            stop: () => this.#onStop(),
            pickRate: (rate, announcement) => {
              this.#change('speechRate', rate, announcement);
              this.#speech.useRate(rate);
            },
            pickVoice: (uri) => {
              this.#change('speechVoice', uri, this.localize(() => msg('已更换语音', { id: 'a11y.say.voice' })));
              this.#speech.useVoice(uri);
            },
          })}
          <div class="group">
            <button type="button" class="gk-button" data-setting="help" aria-expanded=${String(this._helpOpen)} aria-controls="help" @click=${() => (this._helpOpen = !this._helpOpen)}>${msg('快捷键', { id: 'a11y.help' })}</button>
            <button type="button" class="gk-button" data-setting="reset" @click=${() => this.#onReset()}>${msg('重置', { id: 'a11y.reset' })}</button>
          </div>
          ${this._helpOpen
            ? renderHelp(s.shortcuts, (enabled) => this.#change('shortcuts', enabled, `${this.localize(() => msg('快捷键', { id: 'a11y.help' }))} ${this.#onOff(enabled)}`))
            : nothing}
          <p class="note">${msg('本工具栏仅为方便浏览，不改变网页内容。浏览器和操作系统自带的无障碍设置同样适用。', { id: 'a11y.disclaimer' })}</p>
        </div>
        <div class="gk-visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      </div>
      ${renderOverlays(s, {
        text: this.#follow.caption,
        paused: this.#follow.captionPaused,
        atTop: this.#follow.captionAtTop,
        onPause: () => this.#follow.togglePause(),
      })}
    `;
  }

  /**
   * 缩小 / 放大. At the end of the range the button says so (aria-disabled) but stays focusable:
   * a button that disabled itself under the keyboard would drop focus to the page's body.
   */
  #stepButton(setting: 'smaller' | 'larger', direction: 1 | -1, label: string, atEnd: boolean): TemplateResult {
    return html`<button type="button" class="gk-button" data-setting=${setting} aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => (atEnd ? undefined : this.#stepText(direction))}>${label}</button>`;
  }

  #flipButton(key: 'elderMode' | 'readingGuide' | 'crosshair' | 'reducedMotion', name: string, pressed: boolean): TemplateResult {
    return renderToggle(key, name, pressed, () => this.#flip(key, name));
  }
}
