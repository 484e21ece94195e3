/**
 * The demo portal's committed data files (demo/data/, written by scripts/build-demo-data.ts):
 * a fresh build from the repository's own inputs (demo/sources/ and the generators) reproduces
 * them byte for byte; they load without skipped elements, match the published JSON Schema, and
 * carry the source documents. Run: node --import tsx --test test/demo-data.node.test.ts
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseDataFile, type DisclosureDirectoryFile, type FileKind } from '@gongkai/schema';
import { normalizeForSearch } from '@gongkai/client/search';
import { isWorkingDay } from '@gongkai/workdays';
import { writeJsonSchemas } from '../packages/schema/scripts/write-json-schema.js';
import { buildDemoFiles, demoFileProblems } from '../scripts/demo-data/build.js';
import { TODAY } from '../scripts/demo-data/site.js';

const DATA_DIR = new URL('../demo/data/', import.meta.url);

const FILES: ReadonlyArray<readonly [string, FileKind]> = [
  ['power-catalog.json', 'power-catalog'],
  ['disclosure-directory.json', 'disclosure-directory'],
  ['agency-directory.json', 'agency-directory'],
  ['mailbox-letters.json', 'mailbox-letters'],
];

async function readDemoFile(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name, DATA_DIR), 'utf8')) as unknown;
}

describe('demo data files', () => {
  describe('built from the repository alone', () => {
    const built = buildDemoFiles();

    it('builds the four kinds, in the committed files\' order', () => {
      assert.deepEqual(built.map(({ name, kind }) => [name, kind]), FILES.map(([name, kind]) => [name, kind]));
    });

    for (const file of built) {
      it(`${file.name} is exactly what npm run demo-data writes`, async () => {
        const committed = await readFile(new URL(file.name, DATA_DIR), 'utf8');
        // Compared as text first, to name where they part, then as bytes.
        if (committed !== file.text) {
          let at = 0;
          while (committed[at] === file.text[at]) at++;
          assert.fail(`demo/data/${file.name} differs from a fresh build at offset ${at} (${JSON.stringify(committed.slice(at, at + 40))}): run npm run demo-data`);
        }
        assert.ok(Buffer.from(file.text, 'utf8').equals(await readFile(new URL(file.name, DATA_DIR))));
      });

      it(`${file.name} passes the build's own checks`, () => {
        assert.deepEqual(demoFileProblems(file), []);
      });
    }
  });

  for (const [name, kind] of FILES) {
    it(`${name} parses as ${kind} with nothing skipped and no warnings`, async () => {
      const result = parseDataFile(await readDemoFile(name), { expectedKind: kind });
      assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 2));
      assert.equal(result.skippedCount, 0, JSON.stringify(result.skipped, null, 2));
      assert.deepEqual(result.warnings.map((w) => `${w.path}: ${w.code}`), []);
    });
  }

  describe('against the generated JSON Schema', () => {
    let dir: string;
    let ajv: InstanceType<typeof Ajv2020>;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gongkai-demo-schema-'));
      await writeJsonSchemas(dir);
      // ajv and ajv-formats are CommonJS; under ESM their default export may be wrapped once more.
      const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
      const withFormats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
      ajv = new AjvClass({ allErrors: true, strict: true });
      withFormats(ajv);
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    for (const [name, kind] of FILES) {
      it(`${name} is valid against ${kind}.schema.json`, async () => {
        const schema = JSON.parse(await readFile(join(dir, `${kind}.schema.json`), 'utf8')) as Record<string, unknown>;
        // The generator emits draft 2020-12, which is what Ajv2020 validates.
        assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
        const validate = ajv.compile(schema);
        const valid = validate(await readDemoFile(name));
        assert.equal(valid, true, JSON.stringify(validate.errors?.slice(0, 10), null, 2));
      });
    }
  });

  describe('content', () => {
    let directory: DisclosureDirectoryFile;
    before(async () => {
      directory = (await readDemoFile('disclosure-directory.json')) as DisclosureDirectoryFile;
    });

    it('carries seed 002 with its real directory header', () => {
      const doc = directory.documents.find((d) => d.documentNumber === '衡政办函〔2014〕36号');
      assert.ok(doc, 'document 衡政办函〔2014〕36号 is missing');
      assert.equal(doc.indexNumber, '1312312345/2014-11204');
      assert.equal(doc.publishedAt, '2014-05-08');
      assert.match(doc.title, /推进行政权力网上公开运行工作实施方案/);
      assert.equal(doc.body?.format, 'text');
      // Verbatim, encoding damage included: the number in the letterhead lost its brackets.
      assert.match(doc.body?.content ?? '', /衡政办函〔201436/);
    });

    it('splits seed 003 into its five Traditional-script texts', () => {
      const seed003 = directory.documents.filter((d) => (d['source'] as { seed?: string } | undefined)?.seed?.startsWith('003_') === true);
      assert.equal(seed003.length, 5);
      assert.ok(directory.documents.some((d) => d.title.includes('數字政府')), 'no document titled with 數字政府');
      const gaochun = directory.documents.find((d) => d.documentNumber === '高政發[2012]58號');
      assert.ok(gaochun, 'document 高政發[2012]58號 is missing');
      assert.equal(gaochun.publishedAt, '2012-04-25');
      assert.deepEqual(gaochun.keywords, ['法治', '建設', '方案', '通知']);
    });

    it('opens its default order (newest first) with Simplified-script documents, each published on a working day', () => {
      // Han characters that script folding changes are Traditional (packages/client/src/search/normalize.ts).
      const traditional = (text: string) => [...text].filter((ch) => /\p{Script=Han}/u.test(ch) && normalizeForSearch(ch) !== ch);
      const newestFirst = [...directory.documents].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
      const first = newestFirst.slice(0, 30);
      for (const doc of first) {
        assert.deepEqual(traditional(`${doc.title}${doc.publisher ?? ''}${doc.summary ?? ''}`), [], `${doc.publishedAt} ${doc.title}`);
        assert.ok(doc.publishedAt <= TODAY, `${doc.title}: published ${doc.publishedAt}, after ${TODAY}`);
        assert.ok(isWorkingDay(doc.publishedAt.slice(0, 10)), `${doc.title}: published on a day off (${doc.publishedAt})`);
        if (doc.createdAt !== undefined) assert.ok(doc.createdAt <= doc.publishedAt, doc.title);
      }
      // Offices publish on working days: never on a weekend, 除夕 or National Day (the holiday calendar).
      for (const doc of directory.documents.filter((d) => d.id.startsWith('doc-'))) {
        assert.ok(isWorkingDay(doc.publishedAt.slice(0, 10)), `${doc.title}: published on a day off (${doc.publishedAt})`);
      }
      // The Traditional seeds stay, dated where their texts put them, not on an intake date at the top.
      const seed003 = directory.documents.filter((d) => d.id.startsWith('seed-003-'));
      assert.equal(seed003.length, 5);
      for (const doc of seed003) {
        assert.ok(traditional(doc.title).length > 0 || traditional(doc.summary ?? '').length > 0, doc.title);
        assert.ok(doc.publishedAt <= '2021-12-31', `${doc.title}: ${doc.publishedAt}`);
        assert.ok(newestFirst.indexOf(doc) >= 30, `${doc.title} among the first 30`);
      }
      assert.deepEqual(
        Object.fromEntries(seed003.map((d) => [d.id, d.publishedAt.slice(0, 4)])),
        { 'seed-003-1': '2021', 'seed-003-2': '2014', 'seed-003-3': '2005', 'seed-003-4': '2007', 'seed-003-5': '2012' },
      );
    });

    it('has about 200 generated documents with both bracket styles and every validity status', () => {
      const generated = directory.documents.filter((d) => d.id.startsWith('doc-'));
      assert.ok(generated.length >= 190, `${generated.length} generated documents`);
      const numbers = generated.flatMap((d) => (d.documentNumber === undefined ? [] : [d.documentNumber]));
      assert.ok(numbers.some((n) => /〔\d{4}〕/.test(n)));
      assert.ok(numbers.some((n) => /\[\d{4}\]/.test(n)));
      const statuses = new Set(directory.documents.map((d) => d.validity?.status));
      for (const status of ['valid', 'invalid', 'amended', 'abolished', 'unknown']) assert.ok(statuses.has(status as never), status);
      const schemes = new Set(directory.categories.map((c) => c.scheme));
      assert.ok(schemes.has('topic') && schemes.has('genre'));
      assert.ok(directory.categories.some((c) => c.scheme === 'topic' && c.parentId !== undefined));
    });

    it('answers letters on working days', async () => {
      const mailbox = (await readDemoFile('mailbox-letters.json')) as { letters: Array<{ letterNumber: string; replies?: Array<{ repliedAt: string }> }> };
      const replies = mailbox.letters.flatMap((letter) => (letter.replies ?? []).map((reply) => [letter.letterNumber, reply.repliedAt] as const));
      assert.ok(replies.length > 0);
      for (const [letterNumber, repliedAt] of replies) assert.ok(isWorkingDay(repliedAt.slice(0, 10)), `${letterNumber}: replied on a day off (${repliedAt})`);
    });

    it('uses only example.gov.cn or relative links', async () => {
      for (const [name] of FILES) {
        const text = JSON.stringify(await readDemoFile(name));
        for (const [url] of text.matchAll(/https?:\/\/[^"\s]+/g)) {
          assert.ok(url.startsWith('https://www.example.gov.cn/'), `${name}: ${url}`);
        }
      }
    });
  });
});
