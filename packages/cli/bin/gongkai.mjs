#!/usr/bin/env node
// Launcher for the `gongkai` command. In this repository the sources are TypeScript run
// through tsx, so the launcher registers tsx's ESM loader and imports the TypeScript entry.
// A published package compiles src/ to JavaScript first and this file imports that instead
// (see the README, "Publishing").
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
