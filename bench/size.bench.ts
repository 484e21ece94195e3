/**
 * Bundle size (issue #10 §1): min+gzip of the all-in-one first load, each element's own entry
 * (entry plus the chunks it imports statically) and each chunk an entry loads on demand, from the
 * built packages/gongkai/dist, using the same measurement as `npm run build`'s size check.
 *
 *   npx tsx bench/size.bench.ts        (after npm run build)
 */
import { join } from 'node:path';
import { emit, repoRoot } from './lib.js';

interface Entry { name: string; size: number; budget?: number; over: boolean; files: number; lazy: Array<{ name: string; size: number }> }

// A plain .mjs without type declarations; the shape is documented on measureSizes().
const checkSize = '../scripts/check-size.mjs';
const { measureSizes } = (await import(checkSize)) as { measureSizes(dist: string): { entries: Entry[] } };
const { entries } = measureSizes(join(repoRoot, 'packages/gongkai/dist'));
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
// The all-in-one bundle first, then the elements by name.
entries.sort((a, b) => (a.name === 'gongkai.js' ? -1 : b.name === 'gongkai.js' ? 1 : a.name.localeCompare(b.name)));

emit({
  order: 10,
  title: 'Size',
  intro: [
    'min+gzip (gzip level 9) of the Vite build in packages/gongkai/dist. First load = the entry plus every chunk it imports statically, transitively, Lit included. A size is deterministic for a given build, so it is measured once.',
  ],
  tables: [
    {
      caption: 'First load',
      headers: ['entry', 'first load', 'budget', 'files', 'on demand (sum of its lazy chunks)'],
      rows: entries.map((e) => [e.name === 'gongkai.js' ? 'gongkai.js (all-in-one)' : e.name, kB(e.size), e.budget === undefined ? '—' : kB(e.budget) + (e.over ? ' OVER' : ''), String(e.files), `${kB(e.lazy.reduce((s, c) => s + c.size, 0))} in ${e.lazy.length} chunks`]),
    },
    {
      caption: 'Chunks each entry loads on demand (locales, later views, search, sanitizer)',
      headers: ['entry', 'chunk', 'min+gzip'],
      rows: entries.flatMap((e) => e.lazy.map((c) => [e.name, c.name, kB(c.size)])),
      collapsed: true,
    },
  ],
  notes: ['Chunk names carry Vite content hashes; the element entries each have their own copy of shared chunks (one Vite pass per entry).'],
});
