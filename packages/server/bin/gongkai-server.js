#!/usr/bin/env node
// Launcher. A published package carries dist/ (compiled JavaScript, scripts/pack-packages.mjs)
// and this file imports it. In the repository, where the package is its TypeScript sources, it
// registers tsx's ESM hooks in this same process — no child process, so signals (SIGTERM, and
// SIGKILL in the fault test) reach the server itself — and imports src/.
import { existsSync } from 'node:fs';

let main;
if (existsSync(new URL('../src/cli.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
} else {
  ({ main } = await import('../dist/cli.js'));
}
await main(process.argv.slice(2));
