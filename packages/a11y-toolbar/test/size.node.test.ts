/**
 * Budget of the toolbar's own entry (issue 7): at most 20 kB min+gzip on first
 * load, Lit included. The first load is the define module plus the chunks it
 * imports statically; read-aloud and translations are lazy chunks.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { build } from 'esbuild';

const BUDGET_BYTES = 20 * 1024;

it(`the first load of gk-a11y-toolbar is at most ${BUDGET_BYTES} bytes min+gzip`, async () => {
  const entry = fileURLToPath(new URL('../src/define.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: '/virtual',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const byName = new Map(result.outputFiles.map((f) => [name(f.path), f.contents]));
  const entryOut = Object.keys(outputs).find((path) => outputs[path]!.entryPoint?.endsWith('define.ts'))!;
  const firstLoad = new Set<string>();
  const visit = (path: string) => {
    if (firstLoad.has(path)) return;
    firstLoad.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOut);
  const bytes = [...firstLoad].reduce((sum, path) => sum + gzipSync(byName.get(name(path))!, { level: 9 }).length, 0);
  assert.ok(bytes <= BUDGET_BYTES, `${bytes} bytes`);
  // Read-aloud is not part of the first load.
  const lazy = Object.keys(outputs).filter((path) => !firstLoad.has(path));
  assert.ok(lazy.some((path) => Object.keys(outputs[path]!.inputs).some((input) => input.includes('speech/read-aloud'))), 'read-aloud is a lazy chunk');
  console.log(`first load ${bytes} bytes min+gzip`);
});
