#!/usr/bin/env node
// Packs every published package as npm would publish it:
//   node scripts/pack-packages.mjs OUT_DIR        (after npm run build)
//
// In this repository each package's `exports` point at its TypeScript sources, which every tool
// here (tsx, vite, esbuild, wtr) runs directly. A published package must work under plain Node and
// any bundler, so this script compiles src/ to JavaScript and declarations (tsconfig.publish.json),
// stages each package with `exports` rewritten to dist/ (`./src/x.ts` → types ./dist/x.d.ts,
// default ./dist/x.js), and runs `npm pack` on the stage. test/packages.node.test.ts installs the
// tarballs in an empty folder and uses them. The staged manifest drops scripts and devDependencies;
// everything else — name, version, dependencies, bin — is the package's own.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
if (!out) {
  console.error('usage: node scripts/pack-packages.mjs OUT_DIR');
  process.exit(2);
}

/** Published packages, each built by tsc except the bundle, which is vite's dist (npm run build). */
const PUBLISHED = [
  'schema', 'workdays', 'client', 'ui',
  'power-catalog', 'disclosure-directory', 'disclosure-request', 'mayor-mailbox', 'a11y-toolbar',
  'server', 'cli', 'gongkai',
];

const build = join(root, 'build', 'publish');
rmSync(build, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.publish.json')], { stdio: 'inherit' });

/** `./src/a/b.ts` → `{ types: './dist/a/b.d.ts', default: './dist/a/b.js' }`; anything else unchanged. */
function publishedTarget(target) {
  if (typeof target !== 'string' || !target.startsWith('./src/') || !target.endsWith('.ts')) return target;
  const base = `./dist/${target.slice('./src/'.length, -'.ts'.length)}`;
  return { types: `${base}.d.ts`, default: `${base}.js` };
}

function stage(name) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const target = join(out, 'stage', name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = ['dist'];
  if (name === 'gongkai') {
    // The all-in-one bundle: self-contained, so consumers need none of its dependencies.
    if (!existsSync(join(dir, 'dist', 'gongkai.js'))) throw new Error('packages/gongkai/dist is missing: run npm run build first');
    cpSync(join(dir, 'dist'), join(target, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
    manifest.exports = { '.': './dist/gongkai.js', './gongkai.js': './dist/gongkai.js', './*': './dist/*' };
    manifest.sideEffects = ['./dist/*.js'];
    delete manifest.dependencies;
  } else {
    cpSync(join(build, name, 'src'), join(target, 'dist'), { recursive: true });
    manifest.exports = Object.fromEntries(Object.entries(manifest.exports).map(([key, value]) => [key, publishedTarget(value)]));
    if (Array.isArray(manifest.sideEffects)) manifest.sideEffects = manifest.sideEffects.map((p) => publishedTarget(p)?.default ?? p);
  }
  for (const extra of ['bin', 'README.md', 'custom-elements.json', 'json-schema']) {
    if (existsSync(join(dir, extra))) {
      cpSync(join(dir, extra), join(target, extra), { recursive: true });
      files.push(extra);
    }
  }
  if (existsSync(join(target, 'custom-elements.json'))) manifest.customElements = 'custom-elements.json';
  cpSync(join(root, 'LICENSE'), join(target, 'LICENSE'));
  manifest.files = files;
  delete manifest.scripts;
  delete manifest.devDependencies;
  delete manifest.private;
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return target;
}

mkdirSync(out, { recursive: true });
const tarballs = [];
for (const name of PUBLISHED) {
  const staged = stage(name);
  const packed = JSON.parse(execFileSync('npm', ['pack', staged, '--pack-destination', out, '--json', '--ignore-scripts'], { cwd: out, encoding: 'utf8' }));
  tarballs.push(join(out, packed[0].filename));
}
writeFileSync(join(out, 'tarballs.json'), `${JSON.stringify(tarballs, null, 2)}\n`);
console.log(`packed ${tarballs.length} packages into ${out}`);
for (const file of readdirSync(out).filter((f) => f.endsWith('.tgz')).sort()) console.log(`  ${file}`);
