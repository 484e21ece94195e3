/**
 * Read-aloud with the browser's own speech synthesis (Web Speech API), loaded
 * only when a visitor first asks for it. Text never leaves the browser.
 *
 * Facts this follows (docs/domain.md §7): voices arrive after `voiceschanged`;
 * Chrome's online voices stop after about 15 s and may be unreachable, so a
 * local zh-CN voice is preferred and text is spoken sentence by sentence;
 * every point-read cancels what was being said first.
 */

/** The part of `SpeechSynthesis` this module uses (so a page or a test can pass its own). */
export type SpeechEngine = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'addEventListener' | 'removeEventListener'>;
export type VoiceLike = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'voiceURI'>;

import { languageOf } from '../readable-text.js';

/** Longest chunk spoken as one utterance; longer sentences are cut at a comma. */
const MAX_CHUNK = 60;

/** Splits text into sentences (Chinese and Western end marks), cutting very long ones at commas. */
export function splitSentences(text: string, maxChunk = MAX_CHUNK): string[] {
  // A Western full stop ends a sentence only before a space (not in "1.5" or a URL).
  const sentences = text.replace(/\s+/g, ' ').replace(/\. /g, '.\n').match(/[^。！？；!?;\n]+[。！？；!?;\n]*[”’」』）)]*/g) ?? [];
  const chunks: string[] = [];
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    if (sentence.length <= maxChunk) {
      chunks.push(sentence);
      continue;
    }
    let current = '';
    for (const part of sentence.match(/[^，,、：:]+[，,、：:]*/g) ?? [sentence]) {
      if (current && current.length + part.length > maxChunk) {
        chunks.push(current.trim());
        current = '';
      }
      current += part;
      while (current.length > maxChunk) {
        chunks.push(current.slice(0, maxChunk));
        current = current.slice(maxChunk);
      }
    }
    if (current.trim()) chunks.push(current.trim());
  }
  return chunks;
}

function isChinese(voice: VoiceLike): boolean {
  return /^(zh|cmn)([-_]|$)/i.test(voice.lang);
}
function isMainland(voice: VoiceLike): boolean {
  return /^(zh|cmn)[-_](cn|hans)/i.test(voice.lang) || /^(zh|cmn)$/i.test(voice.lang);
}

/** The Chinese voices, best first: zh-CN before other Chinese, local before online. */
export function rankChineseVoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  const rank = (v: V) => (isMainland(v) ? 0 : 2) + (v.localService ? 0 : 1);
  return voices.filter(isChinese).sort((a, b) => rank(a) - rank(b));
}

/** The best Chinese voice, or the one with `preferredURI` when the visitor picked one that exists; `undefined` when none. */
export function chooseChineseVoice<V extends VoiceLike>(voices: readonly V[], preferredURI = ''): V | undefined {
  const ranked = rankChineseVoices(voices);
  return ranked.find((v) => preferredURI !== '' && v.voiceURI === preferredURI) ?? ranked[0];
}

/** The engine's voices, waiting (briefly) for `voiceschanged` when the list is still empty. */
export function loadVoices(engine: SpeechEngine, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = engine.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      engine.removeEventListener('voiceschanged', done);
      resolve(engine.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    engine.addEventListener('voiceschanged', done);
  });
}

const SKIP = 'script, style, noscript, template, [hidden], [aria-hidden="true"], nav, gk-a11y-toolbar';
const BLOCK_TEXT = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote';

/** A block of text to read and the language it is written in (its nearest `lang`). */
export interface ReadingBlock {
  text: string;
  lang: string;
}

/** Whether `el` is rendered: a box of its own, or `display: contents` (slots, wrappers) whose children have theirs. */
function shown(el: Element): boolean {
  return el.checkVisibility() || getComputedStyle(el).display === 'contents';
}

/** Text of a block as rendered, through the open shadow roots and slots inside it. */
function composedText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return void parts.push(node.nodeValue ?? '');
    if (!(node instanceof Element)) return;
    if (node.matches(SKIP) || !shown(node)) return;
    if (node instanceof HTMLBRElement) return void parts.push(' ');
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return void (assigned.length ? assigned : [...node.childNodes]).forEach(visit);
    }
    (node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes]).forEach(visit);
  };
  visit(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The text blocks of `root` in reading order, with their languages: the composed tree as it is
 * rendered, so the content of Gongkai elements (in open shadow roots, light DOM through their
 * slots) is read where it stands on the page; hidden parts, navigation and the toolbar are
 * skipped.
 */
export function collectReadingText(root: Element): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  const visit = (node: Node, lang: string) => {
    if (!(node instanceof Element)) return;
    if (node.matches(SKIP) || !shown(node)) return;
    const here = node.getAttribute('lang') ?? lang;
    if (node.matches(BLOCK_TEXT)) {
      const text = composedText(node);
      if (text) blocks.push({ text, lang: here });
      return;
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedElements({ flatten: true });
      for (const child of assigned.length ? assigned : [...node.children]) visit(child, languageOf(child) || here);
      return;
    }
    for (const child of node.shadowRoot ? node.shadowRoot.children : node.children) visit(child, here);
  };
  visit(root, languageOf(root) || document.documentElement.lang || 'zh-CN');
  return blocks;
}

const isLanguage = (voice: VoiceLike, lang: string) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang.toLowerCase().split('-')[0];

/**
 * The voice for text in `lang`: Chinese text (and text of unknown language) gets the visitor's
 * pick or the best Chinese voice; text in another language a voice of that language, local
 * first, else the Chinese voice (better some voice than silence). `undefined` when none fits.
 */
export function chooseVoiceFor<V extends VoiceLike>(voices: readonly V[], lang: string, preferredURI = ''): V | undefined {
  const chinese = chooseChineseVoice(voices, preferredURI);
  if (!lang || /^(zh|cmn)([-_]|$)/i.test(lang)) return chinese;
  const preferred = voices.find((v) => preferredURI !== '' && v.voiceURI === preferredURI && isLanguage(v, lang));
  const matching = voices.filter((v) => isLanguage(v, lang)).sort((a, b) => Number(b.localService) - Number(a.localService));
  return preferred ?? matching[0] ?? chinese;
}

export type SpeakResult = 'spoken' | 'no-voice' | 'stopped';

/** Speaks chunks one after another; `stop()` or a new request ends the current one. */
export class ReadAloud {
  rate = 1;
  /** `voiceURI` the visitor picked; '' for automatic. */
  preferredVoice = '';
  #engine: SpeechEngine;
  #voices: Promise<SpeechSynthesisVoice[]> | undefined;
  #run = 0;

  constructor(engine: SpeechEngine) {
    this.#engine = engine;
  }

  /** The Chinese voices, best first (empty when the browser has none). */
  async chineseVoices(): Promise<SpeechSynthesisVoice[]> {
    this.#voices ??= loadVoices(this.#engine);
    return rankChineseVoices(await this.#voices);
  }

  /** The voice that speaks: the visitor's pick, else the best Chinese voice; `undefined` when there is none. */
  async voice(): Promise<SpeechSynthesisVoice | undefined> {
    this.#voices ??= loadVoices(this.#engine);
    return chooseChineseVoice(await this.#voices, this.preferredVoice);
  }

  /** Point reading: cancels anything being said, then says `text` (in `lang`, '' for Chinese). */
  speakPoint(text: string, lang = ''): Promise<SpeakResult> {
    return this.#speakAll(splitSentences(text).map((chunk) => ({ text: chunk, lang })));
  }

  /** Continuous reading of text blocks in order, sentence by sentence, each in its language's voice. */
  readContinuous(blocks: readonly ReadingBlock[]): Promise<SpeakResult> {
    return this.#speakAll(blocks.flatMap((block) => splitSentences(block.text).map((text) => ({ text, lang: block.lang }))));
  }

  stop(): void {
    this.#run++;
    this.#engine.cancel();
  }

  async #speakAll(chunks: ReadingBlock[]): Promise<SpeakResult> {
    const run = ++this.#run;
    this.#engine.cancel();
    this.#voices ??= loadVoices(this.#engine);
    const voices = await this.#voices;
    // Nothing to say it with: Chinese (the page's language) needs a Chinese voice.
    if (!chooseChineseVoice(voices, this.preferredVoice) && chunks.every((c) => chooseVoiceFor(voices, c.lang, this.preferredVoice) === undefined)) return 'no-voice';
    for (const chunk of chunks) {
      if (run !== this.#run) return 'stopped';
      const voice = chooseVoiceFor(voices, chunk.lang, this.preferredVoice);
      if (!voice) continue;
      const finished = await this.#speakChunk(chunk.text, voice);
      if (!finished) return 'stopped';
    }
    return run === this.#run ? 'spoken' : 'stopped';
  }

  #speakChunk(text: string, voice: SpeechSynthesisVoice): Promise<boolean> {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      // A voice from another speech engine (an injected one) is matched by `lang` alone.
      if (typeof SpeechSynthesisVoice === 'function' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
      utterance.rate = this.rate;
      utterance.addEventListener('end', () => resolve(true));
      utterance.addEventListener('error', () => resolve(false));
      this.#engine.speak(utterance);
    });
  }
}
