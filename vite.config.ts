/**
 * Production build of the browser bundles.
 *
 * `packages/gongkai/dist/gongkai.js` is the all-in-one entry portals link to
 * from a plain `<script type="module">` (no import map: every bare import is
 * bundled, chunks are imported by relative URL). Each element's define module
 * is built as its own entry beside it, so a portal can load one element and
 * so the size check can measure each element's own first load.
 */
import { defineConfig } from 'vite';
import { elementEntries } from './scripts/entries.mjs';

export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'packages/gongkai/dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: { gongkai: 'packages/gongkai/src/gongkai.ts', ...elementEntries },
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
