/**
 * Build of the workbench into packages/workbench/dist: index.html plus hashed assets with
 * relative URLs (`base: './'`), so the folder works under any mount (`/staff/`) and under
 * `Content-Security-Policy: default-src 'self'` (no inline script or style: Lit's styles are
 * constructed stylesheets, and the module preload polyfill is off so nothing is inlined).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
