import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseChineseVoice, chooseVoiceFor, splitSentences } from '../src/speech/read-aloud.js';
import { DEFAULT_SETTINGS, effectiveFontPx, effectiveLineHeight, normalizeSettings } from '../src/settings.js';
import { buildPageCss } from '../src/page-styles.js';
import { shortcutFor } from '../src/shortcuts.js';

const voice = (name: string, lang: string, localService: boolean) => ({ name, lang, localService, voiceURI: name });

describe('splitSentences', () => {
  it('splits at Chinese and Western sentence ends, keeping the marks and closing quotes', () => {
    assert.deepEqual(splitSentences('第一句。第二句！“第三句？”Fourth. Fifth!'), ['第一句。', '第二句！', '“第三句？”', 'Fourth.', 'Fifth!']);
  });
  it('cuts a long sentence at commas, and a long run without commas by length', () => {
    const long = `${'甲'.repeat(40)}，${'乙'.repeat(40)}，${'丙'.repeat(10)}。`;
    assert.deepEqual(splitSentences(long, 60), [`${'甲'.repeat(40)}，`, `${'乙'.repeat(40)}，${'丙'.repeat(10)}。`]);
    const run = '丁'.repeat(130);
    assert.deepEqual(splitSentences(run, 60).map((c) => c.length), [60, 60, 10]);
  });
  it('drops empty pieces and whitespace', () => {
    assert.deepEqual(splitSentences('  \n 。 \n'), ['。']);
    assert.deepEqual(splitSentences(''), []);
  });
});

describe('chooseChineseVoice', () => {
  it('prefers a local zh-CN voice, then an online zh-CN one, then other Chinese', () => {
    const voices = [voice('Samantha', 'en-US', true), voice('Google 普通话', 'zh-CN', false), voice('Sinji', 'zh-HK', true), voice('Tingting', 'zh-CN', true)];
    assert.equal(chooseChineseVoice(voices)?.name, 'Tingting');
    assert.equal(chooseChineseVoice(voices.filter((v) => v.name !== 'Tingting'))?.name, 'Google 普通话');
    assert.equal(chooseChineseVoice([voice('Sinji', 'zh-HK', true), voice('Meijia', 'zh_TW', true)])?.name, 'Sinji');
    assert.equal(chooseChineseVoice([voice('Samantha', 'en-US', true)]), undefined);
    assert.equal(chooseChineseVoice([voice('X', 'zhx-foo', true)]), undefined);
    assert.equal(chooseChineseVoice(voices, 'Sinji')?.name, 'Sinji');
    assert.equal(chooseChineseVoice(voices, 'Samantha')?.name, 'Tingting', 'a picked voice that is not Chinese is not used');
    assert.equal(chooseChineseVoice(voices, 'gone')?.name, 'Tingting');
  });
});

describe('chooseVoiceFor', () => {
  const voices = [voice('Google US', 'en-US', false), voice('Tingting', 'zh-CN', true), voice('Samantha', 'en_US', true), voice('Anna', 'de-DE', true)];
  it('speaks each language in its own voice, local first, Chinese and unknown text in the Chinese voice', () => {
    assert.equal(chooseVoiceFor(voices, 'zh-CN')?.name, 'Tingting');
    assert.equal(chooseVoiceFor(voices, 'zh-Hant')?.name, 'Tingting');
    assert.equal(chooseVoiceFor(voices, '')?.name, 'Tingting');
    assert.equal(chooseVoiceFor(voices, 'en')?.name, 'Samantha');
    assert.equal(chooseVoiceFor(voices, 'EN-gb')?.name, 'Samantha');
    assert.equal(chooseVoiceFor(voices, 'en', 'Google US')?.name, 'Google US', 'a picked voice of that language wins');
    assert.equal(chooseVoiceFor(voices, 'de')?.name, 'Anna');
    assert.equal(chooseVoiceFor(voices, 'fr')?.name, 'Tingting', 'no French voice: the Chinese one');
    assert.equal(chooseVoiceFor([voice('Samantha', 'en-US', true)], 'zh-CN'), undefined);
  });
});

describe('settings', () => {
  it('normalizes untrusted stored values to valid ones', () => {
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(normalizeSettings({ textScale: 3, colorScheme: '<script>', captions: 'yes', reducedMotion: 'no', speechRate: 9 }), { ...DEFAULT_SETTINGS, reducedMotion: false });
    assert.equal(normalizeSettings({ textScale: 1.5 }).textScale, 1.5);
    assert.equal(normalizeSettings({ reducedMotion: null }).reducedMotion, null);
  });
  it('elder mode means at least 18 px text and 1.5 line height', () => {
    assert.equal(effectiveFontPx({ ...DEFAULT_SETTINGS, elderMode: true }), 18);
    assert.equal(effectiveFontPx({ ...DEFAULT_SETTINGS, elderMode: true, textScale: 2 }), 32);
    assert.equal(effectiveLineHeight({ ...DEFAULT_SETTINGS, elderMode: true }), 1.5);
    assert.equal(effectiveLineHeight({ ...DEFAULT_SETTINGS, elderMode: true, lineSpacing: '2' }), 2);
    assert.equal(effectiveFontPx(DEFAULT_SETTINGS), undefined);
  });
});

describe('buildPageCss', () => {
  it('is empty at the defaults, so a visitor who chose nothing gets an untouched page', () => {
    assert.equal(buildPageCss(DEFAULT_SETTINGS), '');
    assert.equal(buildPageCss({ ...DEFAULT_SETTINGS, open: true, speechRate: 1.5, shortcuts: false, readingGuide: true }), '');
  });
  it('never scales with transform or zoom, and puts colour schemes behind forced-colors: none', () => {
    const css = buildPageCss({ ...DEFAULT_SETTINGS, textScale: 2, colorScheme: 'grayscale', lineSpacing: '2', letterSpacing: 'wide', cursor: 'large', reducedMotion: true, captions: true });
    assert.doesNotMatch(css, /transform|zoom|url\(/);
    assert.match(css, /@media \(forced-colors: none\)\{html\{filter:grayscale\(1\)/);
    assert.match(css, /--gk-font-size:32px/);
    assert.match(css, /gk-power-catalog::part\(base\)/);
  });
});

describe('shortcuts', () => {
  const key = (code: string, mods: Partial<KeyboardEvent>) => ({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent;
  it('need Alt+Shift and nothing else', () => {
    assert.equal(shortcutFor(key('Equal', { altKey: true, shiftKey: true })), 'larger');
    assert.equal(shortcutFor(key('Equal', {})), undefined);
    assert.equal(shortcutFor(key('Equal', { altKey: true })), undefined);
    assert.equal(shortcutFor(key('KeyR', { altKey: true, shiftKey: true, ctrlKey: true })), undefined);
  });
});
