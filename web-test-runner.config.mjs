// Browser tests: real Chromium (Debian's, at /usr/bin/chromium — no test tool
// can download its own browser on these machines), driven by Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { restContractStub } from './test/servers/rest-contract-stub.mjs';
import { mailboxStub } from './test/servers/mailbox-stub.mjs';
import { collectionStub } from './test/servers/collection-stub.mjs';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // For the memory-leak tests (test/contract/memory-leak.ts): window.gc() and an unrounded
  // performance.memory.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/**
 * The story modules (stories/*.stories.ts), which the screenshot tests render, import JSON files as
 * ES modules the way Vite does. Chromium marks a module import `Sec-Fetch-Dest: script` and a
 * fetch() `empty`, so only module imports get the JSON wrapped as a module; tests that fetch the
 * same file still get JSON.
 */
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => (context.get('sec-fetch-dest') === 'script' ? 'json-module' : undefined),
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    // The browser's cache must not hand the module to a fetch() or the JSON to an import.
    context.set('Vary', 'Sec-Fetch-Dest');
    if (context.get('sec-fetch-dest') !== 'script') return undefined;
    context.set('Cache-Control', 'no-store');
    context.type = 'js';
    return { body: `export default ${context.body};`, transformCache: false };
  },
};

/**
 * Screenshot tests (test/screenshots/): element screenshots compared with the baselines in
 * test/screenshots/baseline/, pixel by pixel with a tolerance; `npm run test:screenshots -- --update`
 * rewrites the baselines. A failure leaves the new image and a diff in test/screenshots/failed/.
 */
const screenshots = visualRegressionPlugin({
  update: process.argv.includes('--update'),
  baseDir: 'test/screenshots',
  getBaselineName: ({ name }) => `baseline/${name}`,
  getDiffName: ({ name }) => `failed/${name}-diff`,
  getFailedName: ({ name }) => `failed/${name}`,
  // A pixel counts as changed beyond a small colour distance (anti-aliasing); a screenshot fails
  // when more than 0.1 % of its pixels (480 of 800 × 600) changed.
  diffOptions: { threshold: 0.1 },
  failureThreshold: 0.1,
  failureThresholdType: 'percent',
});

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: true,
  middleware: [mailboxStub, collectionStub, restContractStub],
  // One test file at a time: the REST stubs in test/servers keep per-server state (stored
  // submissions, injected failures) that test files running side by side would share.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules, screenshots],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
};
