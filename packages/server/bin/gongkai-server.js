#!/usr/bin/env node
// Launcher: the server is TypeScript (like every package of this monorepo, which ships its
// sources), loaded through tsx's ESM hooks in this same process — no child process, so signals
// (SIGTERM, SIGKILL in the fault test) reach the server itself. A compiled build can replace
// this file without changing the bin name.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
