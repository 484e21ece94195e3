#!/usr/bin/env node
// Writes custom-elements.json for every element package (a package with a
// src/define.ts): the single source for API docs, Storybook controls and
// editor hints. Elements use `static properties`, hence --litelement.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The workbench is an application served by the reference server, not an embeddable element.
const packages = readdirSync('packages').filter((name) => name !== 'workbench' && existsSync(join('packages', name, 'src', 'define.ts')));
const cem = join(process.cwd(), 'node_modules', '.bin', 'cem');
for (const name of packages) {
  execFileSync(cem, ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/locales/**', '--quiet'], {
    cwd: join('packages', name),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`custom-elements.json: packages/${name}`);
}
