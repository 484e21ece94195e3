#!/usr/bin/env node
// Launcher for the `gongkai` command. A published package carries dist/ (compiled JavaScript,
// scripts/pack-packages.mjs) and this file imports it. In the repository the sources are
// TypeScript, so it registers tsx's ESM loader and imports src/ instead.
import { existsSync } from 'node:fs';

let main;
if (existsSync(new URL('../src/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
} else {
  ({ main } = await import('../dist/main.js'));
}
process.exitCode = await main(process.argv.slice(2));
