/**
 * Builds the React 19 and Vue 3 examples (demo/react, demo/vue) into
 * demo/dist-frameworks/, as a portal with its own build would. Run by
 * `npm run build:examples` in CI; test/e2e/frameworks.e2e.test.ts loads them.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist-frameworks',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        react: fileURLToPath(new URL('react/index.html', import.meta.url)),
        vue: fileURLToPath(new URL('vue/index.html', import.meta.url)),
      },
    },
  },
});
