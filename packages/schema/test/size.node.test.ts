import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { build } from 'esbuild';

/** What a page that only loads data files pays for validation (README "Size"). */
const PARSE_BUDGET_BYTES = 16_000;

it(`parseDataFile costs under ${PARSE_BUDGET_BYTES} bytes min+gzip in a browser bundle`, async () => {
  const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const result = await build({
    stdin: { contents: `import { parseDataFile } from ${JSON.stringify(index)}; globalThis.p = parseDataFile;`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const bytes = gzipSync(result.outputFiles[0]!.contents).length;
  assert.ok(bytes < PARSE_BUDGET_BYTES, `${bytes} bytes`);
  // Full zod brings its English error locale; zod/mini does not.
  assert.doesNotMatch(result.outputFiles[0]!.text, /Invalid input: expected/);
});
