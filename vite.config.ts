/**
 * Production build of the browser bundles into packages/gongkai/dist, one entry per pass
 * (scripts/build-bundles.mjs runs the passes; `GK_ENTRY` names the entry):
 *
 * - `gongkai` (the default): `gongkai.js`, the all-in-one entry portals link to from a plain
 *   `<script type="module">` (no import map: every bare import is bundled, chunks are imported
 *   by relative URL).
 * - each element's define module (`gk-power-catalog`, …, from scripts/entries.mjs), for pages
 *   that need one element.
 *
 * One entry per pass, so what an entry shares with its lazy parts is not split into many small
 * chunks shared with other entries: fewer requests, better compression, and each entry's
 * first load is measured as a page would get it.
 */
import { defineConfig } from 'vite';
import { elementEntries } from './scripts/entries.mjs';

const entryName = process.env['GK_ENTRY'] ?? 'gongkai';
const entries: Record<string, string> = { gongkai: 'packages/gongkai/src/gongkai.ts', ...elementEntries };
const entry = entries[entryName];
if (!entry) throw new Error(`Unknown GK_ENTRY ${entryName}; one of ${Object.keys(entries).join(', ')}`);

export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'packages/gongkai/dist',
    emptyOutDir: entryName === 'gongkai',
    target: 'es2022',
    // Hidden: written for debugging, moved out of dist/ by scripts/finish-dist.mjs, never requested by pages.
    sourcemap: 'hidden',
    reportCompressedSize: false,
    lib: {
      entry: { [entryName]: entry },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
