/**
 * Read-aloud as host state: point reading (what the pointer or focus is on) and continuous
 * reading (the page's main content), the voice in use and the Chinese voices to pick from, and the
 * message shown when the browser cannot speak Chinese. The speech code (read-aloud.ts) is
 * downloaded the first time a visitor asks for it; text never leaves the browser (docs/domain.md §7).
 */
import type { ReactiveController } from 'lit';
import type { GkElement } from '@gongkai/ui';
import { msg, str } from '@gongkai/ui';
import type { A11ySettings } from '../settings.js';
import type { ReadAloud, SpeakResult, SpeechEngine } from './read-aloud.js';

export type Speaking = 'idle' | 'point' | 'continuous';

export interface VoiceChoice {
  uri: string;
  name: string;
  local: boolean;
}

export interface SpeechOptions {
  /** The engine a page passed (`speechEngine`), else undefined for `window.speechSynthesis`. */
  engine(): SpeechEngine | undefined;
  settings(): Readonly<A11ySettings>;
  /** What continuous reading reads (the `read-root` selector, else main, else the body). */
  readRoot(): Element;
  /** Messages outside rendering are translated through the host's locale. */
  localize<T>(fn: () => T): T;
  announce(text: string): void;
}

export class SpeechController implements ReactiveController {
  readonly #host: GkElement;
  readonly #options: SpeechOptions;
  #reader: Promise<ReadAloud> | undefined;
  #lastPointText = '';
  #speaking: Speaking = 'idle';
  #pointReading = false;
  #message = '';
  #voiceName = '';
  #voices: readonly VoiceChoice[] = [];

  constructor(host: GkElement, options: SpeechOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get speaking(): Speaking { return this.#speaking; }
  get pointReading(): boolean { return this.#pointReading; }
  /** Why the browser cannot read aloud, when it cannot. */
  get message(): string { return this.#message; }
  /** Which voice speaks (local or online). */
  get voiceName(): string { return this.#voiceName; }
  get voices(): readonly VoiceChoice[] { return this.#voices; }

  hostDisconnected(): void {
    this.stop();
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  #engine(): SpeechEngine | undefined {
    return this.#options.engine() ?? (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);
  }

  #loadReader(engine: SpeechEngine): Promise<ReadAloud> {
    this.#reader ??= import('./read-aloud.js').then(({ ReadAloud }) => new ReadAloud(engine));
    return this.#reader;
  }

  async #speak(mode: Speaking, run: (reader: ReadAloud) => Promise<SpeakResult>): Promise<void> {
    const { localize } = this.#options;
    const engine = this.#engine();
    if (!engine) {
      this.#problem(localize(() => msg('此浏览器不支持朗读功能。', { id: 'a11y.speech.unsupported' })));
      return;
    }
    const reader = await this.#loadReader(engine);
    const settings = this.#options.settings();
    reader.rate = settings.speechRate;
    reader.preferredVoice = settings.speechVoice;
    this.#set(() => (this.#speaking = mode));
    await this.#showVoice(reader);
    const result = await run(reader);
    if (result === 'no-voice') {
      this.#pointReading = false;
      this.#problem(localize(() => msg('此浏览器没有中文语音，无法朗读。可在操作系统的语音设置中安装中文（普通话）语音后再试。', { id: 'a11y.speech.noVoice' })));
    }
    if (result !== 'stopped' && this.#speaking === mode) this.#set(() => (this.#speaking = 'idle'));
  }

  /** Shows which voice speaks, and lists the Chinese voices the visitor can pick from. */
  async #showVoice(reader: ReadAloud): Promise<void> {
    const voice = await reader.voice();
    if (!voice) return;
    const voices = (await reader.chineseVoices()).map((v) => ({ uri: v.voiceURI, name: `${v.name} (${v.lang})`, local: v.localService }));
    const { localize } = this.#options;
    this.#set(() => {
      this.#voices = voices;
      this.#message = '';
      this.#voiceName = voice.localService
        ? localize(() => msg(str`语音：${voice.name}（本机）`, { id: 'a11y.speech.voiceLocal' }))
        : localize(() => msg(str`语音：${voice.name}（在线）`, { id: 'a11y.speech.voiceOnline' }));
    });
  }

  #problem(message: string): void {
    this.#set(() => {
      this.#speaking = 'idle';
      this.#message = message;
    });
    this.#options.announce(message);
  }

  /** The visitor picked a voice (the setting is already changed). */
  useVoice(uri: string): void {
    void this.#reader?.then(async (reader) => {
      reader.preferredVoice = uri;
      await this.#showVoice(reader);
    });
  }

  /** The visitor picked a speed (the setting is already changed). */
  useRate(rate: number): void {
    void this.#reader?.then((reader) => (reader.rate = rate));
  }

  /** Point reading on or off; returns the new state. */
  togglePointReading(): boolean {
    this.#set(() => (this.#pointReading = !this.#pointReading));
    this.#lastPointText = '';
    if (!this.#pointReading) this.stop();
    return this.#pointReading;
  }

  /** Point reading says `text` (written in `lang`) unless it was the last thing said. */
  readPoint(text: string, lang = ''): void {
    if (!this.#pointReading || text === this.#lastPointText) return;
    this.#lastPointText = text;
    void this.#speak('point', (reader) => reader.speakPoint(text, lang));
  }

  async readContinuous(): Promise<void> {
    const root = this.#options.readRoot();
    const { collectReadingText } = await import('./read-aloud.js');
    await this.#speak('continuous', (reader) => reader.readContinuous(collectReadingText(root)));
  }

  stop(): void {
    this.#set(() => (this.#speaking = 'idle'));
    this.#lastPointText = '';
    void this.#reader?.then((reader) => reader.stop());
  }

  /** Back to nothing being read and point reading off (the toolbar's reset). */
  reset(): void {
    this.stop();
    this.#set(() => (this.#pointReading = false));
  }
}
