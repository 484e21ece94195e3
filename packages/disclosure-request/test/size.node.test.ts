/**
 * Size budget of the element's own entry (issue 5): the define module plus every chunk it imports
 * statically, minified and gzipped, Lit included, at most 30 kB. Validation, the schemas and the
 * views after the form load lazily and are not counted; this test also checks that they stay lazy.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { build } from 'esbuild';

const BUDGET_BYTES = 30 * 1024;

it(`<gk-disclosure-request> first load is at most ${BUDGET_BYTES} bytes min+gzip`, async () => {
  const entry = fileURLToPath(new URL('../src/define.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '/virtual',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [file.path.replace(/^.*\/virtual\//, ''), file]));
  const key = (path: string) => path.replace(/^.*virtual\//, '');
  const entryOut = Object.keys(outputs).find((path) => outputs[path]!.entryPoint?.endsWith('define.ts'))!;
  const firstLoad = new Set<string>();
  const visit = (path: string): void => {
    if (firstLoad.has(path)) return;
    firstLoad.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOut);
  let bytes = 0;
  const inputs = new Set<string>();
  for (const path of firstLoad) {
    bytes += gzipSync(byPath.get(key(path))!.contents, { level: 9 }).length;
    for (const input of Object.keys(outputs[path]!.inputs)) inputs.add(input);
  }
  assert.ok(bytes <= BUDGET_BYTES, `first load ${bytes} bytes`);
  const eager = [...inputs];
  assert.ok(!eager.some((input) => input.includes('node_modules/zod')), 'the validation library loads lazily');
  assert.ok(!eager.some((input) => input.includes('receipt-view') || input.includes('lookup-view')), 'the views after the form load lazily');
});
