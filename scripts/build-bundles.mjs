#!/usr/bin/env node
// Builds the all-in-one bundle, then each element's own entry, one Vite pass each
// (see vite.config.ts for why), into packages/gongkai/dist; then scripts/finish-dist.mjs moves the
// source maps out and precompresses the scripts.
import { execFileSync } from 'node:child_process';
import { elementEntries } from './entries.mjs';

for (const name of ['gongkai', ...Object.keys(elementEntries)]) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, GK_ENTRY: name },
  });
  console.log(`built ${name}.js`);
}
execFileSync(process.execPath, ['scripts/finish-dist.mjs'], { stdio: 'inherit' });
