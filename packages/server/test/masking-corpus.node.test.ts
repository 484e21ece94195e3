/**
 * Masking against a corpus of 240 generated letters and hand-written hard cases
 * (test/fixtures/masking-corpus.ts): nothing personal survives, however it was written, and the
 * ordinary text around it (dates, amounts, article numbers, 文号) is left alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { maskPersonalData } from '../src/masking.js';
import { normalizeForMatching } from '../src/masking/normalize.js';
import { generateMaskingCorpus, HARD_CASES, type CorpusLetter } from '../../../test/fixtures/masking-corpus.js';

const corpusFile = new URL('../../../test/fixtures/masking-corpus.json', import.meta.url);
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusLetter[];

/** The form a search (or a reader) would find a value in: full-width folded, invisible characters and separators gone, letters upper-case. */
function searchable(text: string): string {
  return normalizeForMatching(text).text.replace(/[\s.\-·()[\]【】_]/g, '').toUpperCase();
}

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

describe('masking corpus', () => {
  it('is the output of its generator (regenerate with npx tsx test/fixtures/masking-corpus.ts)', () => {
    assert.equal(corpus.length, 242);
    assert.deepEqual(corpus, JSON.parse(JSON.stringify([...HARD_CASES, ...generateMaskingCorpus(240, 16)])));
  });

  it('covers every form issue 16 found leaking', () => {
    const all = corpus.map((letter) => letter.content).join('\n');
    for (const form of [/１３８/, /\d{3}\.\d{4}\.\d{4}/, /\+86/, /\u200b/, /\d{6} \d{8} \d{3}[\dx]/i, /\(0\d{2,3}\)\d{4}-\d{4}/, /银行卡/, /QQ：/, /微信号：wxid_/, /鲁A\d/, /[路街]十二号|[路街][一二三四五六七八九十百]+号/, /栋\d+单元\d+/, /[\u4e00-\u9fff] [\u4e00-\u9fff]/]) {
      assert.match(all, form);
    }
  });

  it('lets nothing personal through, in content or subject', () => {
    const leaks: string[] = [];
    corpus.forEach((letter, index) => {
      const masked = [maskPersonalData(letter.subject, letter.writer).text, maskPersonalData(letter.content, letter.writer).text].join('\n');
      const found = searchable(masked);
      for (const secret of letter.secrets) if (found.includes(searchable(secret))) leaks.push(`#${index} ${JSON.stringify(secret)} in ${masked}`);
      if (found.includes(searchable(letter.writer.phone))) leaks.push(`#${index} writer phone in ${masked}`);
    });
    assert.deepEqual(leaks, []);
  });

  it('leaves ordinary text alone (false positives measured)', () => {
    let phrases = 0;
    const damaged: string[] = [];
    corpus.forEach((letter, index) => {
      const masked = maskPersonalData(letter.content, letter.writer).text;
      for (const phrase of new Set(letter.ordinary)) {
        phrases += occurrences(letter.content, phrase);
        if (occurrences(masked, phrase) !== occurrences(letter.content, phrase)) damaged.push(`#${index} ${phrase}: ${masked}`);
      }
    });
    assert.ok(phrases >= 300, `only ${phrases} ordinary phrases in the corpus`);
    assert.deepEqual(damaged, []);
  });

  it('masks only what it must: masked characters barely exceed the personal values as written', () => {
    let masked = 0;
    let personal = 0;
    for (const letter of corpus) {
      masked += maskPersonalData(letter.content, letter.writer).spans.reduce((sum, span) => sum + span.end - span.start, 0);
      personal += letter.secrets.reduce((sum, secret) => sum + secret.length, 0);
    }
    // Measured 1.16: the rest is the writer's address masked from the street on, `+`, brackets.
    assert.ok(masked <= personal * 1.3, `${masked} characters masked for ${personal} personal ones`);
  });
});
