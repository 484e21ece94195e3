/**
 * What a portal copies, packages/gongkai/dist, holds only what browsers load (issue #17 item 19):
 * no source maps and no comment asking for one (they are in packages/gongkai/sourcemaps), and
 * every script has brotli and gzip siblings that decode to it, for servers that send
 * precompressed files. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'packages/gongkai/dist');
const MAPS = join(ROOT, 'packages/gongkai/sourcemaps');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the built bundle folder', () => {
  const all = files(DIST);
  const scripts = all.filter((f) => f.endsWith('.js'));

  it('holds scripts and their compressed siblings only: no source maps, no sourceMappingURL', () => {
    assert.ok(scripts.length > 10, `${scripts.length} scripts`);
    assert.deepEqual(all.filter((f) => !/\.js(\.br|\.gz)?$/.test(f)).map((f) => relative(DIST, f)), []);
    for (const file of scripts) assert.doesNotMatch(readFileSync(file, 'utf8'), /sourceMappingURL/, relative(DIST, file));
  });

  it('keeps the source maps beside it, one per entry', () => {
    for (const entry of readdirSync(DIST).filter((f) => f.endsWith('.js'))) assert.ok(existsSync(join(MAPS, `${entry}.map`)), entry);
  });

  it('has a brotli and a gzip sibling of every script that decode to the script', () => {
    for (const file of scripts) {
      const code = readFileSync(file);
      assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(code), `${relative(DIST, file)}.br`);
      assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(code), `${relative(DIST, file)}.gz`);
    }
  });
});
