// Browser tests: real Chromium (Debian's, at /usr/bin/chromium — no test tool
// can download its own browser on these machines), driven by Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
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

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: true,
  middleware: [mailboxStub, collectionStub, restContractStub],
  // One test file at a time: the REST stubs in test/servers keep per-server state (stored
  // submissions, injected failures) that test files running side by side would share.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
};
