#!/usr/bin/env node
// After the bundle passes (scripts/build-bundles.mjs): moves the source maps out of
// packages/gongkai/dist into packages/gongkai/sourcemaps (the build writes them "hidden", without
// a sourceMappingURL comment, so a page never asks for them), and writes brotli and gzip siblings
// of every script (`x.js.br`, `x.js.gz`) for servers that send precompressed files (the
// reference server, nginx `gzip_static` / `brotli_static`). What a portal copies, dist/, is then
// only what browsers load.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = 'packages/gongkai/dist';
const maps = 'packages/gongkai/sourcemaps';

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

rmSync(maps, { recursive: true, force: true });
let moved = 0;
let compressed = 0;
for (const file of [...walk(dist)]) {
  if (file.endsWith('.map')) {
    const target = join(maps, relative(dist, file));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(file, target);
    moved++;
  } else if (file.endsWith('.js')) {
    const code = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }));
    writeFileSync(`${file}.gz`, gzipSync(code, { level: 9 }));
    compressed++;
  }
}
console.log(`dist: ${moved} source maps moved to ${maps}, ${compressed} scripts precompressed (.br, .gz)`);
