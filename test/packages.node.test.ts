/**
 * Every package is publishable (issue #17 item 11): `scripts/pack-packages.mjs` packs them as npm
 * would publish them, the tarballs are installed in an empty folder outside the repository, and
 * there — under plain Node, with no TypeScript loader installed — every export is imported, the
 * declarations resolve for a TypeScript user, and both commands run. Needs `npm run build` first
 * (the all-in-one bundle is vite's output). Run: node --import tsx --test test/packages.node.test.ts
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let dir: string;
let app: string;
let tarballs: string[];

/** Runs a command in the app folder; npm's own output is not the test's business unless it fails. */
async function inApp(command: string, args: string[], options: { timeout?: number } = {}) {
  return run(command, args, { cwd: app, timeout: options.timeout ?? 120_000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-packages-'));
  app = join(dir, 'app');
  await run(process.execPath, [join(ROOT, 'scripts/pack-packages.mjs'), join(dir, 'packed')], { cwd: ROOT, timeout: 600_000, maxBuffer: 32 * 1024 * 1024 });
  tarballs = JSON.parse(readFileSync(join(dir, 'packed', 'tarballs.json'), 'utf8')) as string[];
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal-app', private: true, type: 'module' }));
  // From npm's cache where it can (npm ci filled it). Install scripts are skipped: the one native
  // addon, better-sqlite3, is the same version as the repository's, so its compiled binding is
  // copied over instead of compiled again (minutes on two cores).
  await inApp('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], { timeout: 600_000 });
  cpSync(join(ROOT, 'node_modules/better-sqlite3/build'), join(app, 'node_modules/better-sqlite3/build'), { recursive: true });
}, { timeout: 900_000 });

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const manifestOf = (name: string) => JSON.parse(readFileSync(join(app, 'node_modules/@gongkai', name, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types?: string; default: string }>;
  bin?: Record<string, string>;
  files?: string[];
};

describe('the published packages', { timeout: 600_000 }, () => {
  it('hold compiled JavaScript and declarations, not TypeScript sources or source maps', async () => {
    assert.equal(tarballs.length, 12);
    for (const tarball of tarballs) {
      const { stdout } = await run('tar', ['-tzf', tarball]);
      const files = stdout.split('\n').filter(Boolean);
      assert.ok(files.includes('package/package.json') && files.includes('package/LICENSE'), tarball);
      assert.deepEqual(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), [], `${tarball} ships TypeScript sources`);
      assert.deepEqual(files.filter((f) => f.endsWith('.map')), [], `${tarball} ships source maps`);
    }
    assert.equal(existsSync(join(app, 'node_modules/tsx')), false, 'no TypeScript loader in the app: imports below run as plain Node');
  });

  it('every export of every package imports under plain Node', async () => {
    const names = ['schema', 'workdays', 'client', 'ui', 'power-catalog', 'disclosure-directory', 'disclosure-request', 'mayor-mailbox', 'a11y-toolbar', 'server', 'cli'];
    const specifiers = names.flatMap((name) =>
      Object.keys(manifestOf(name).exports)
        // define modules register custom elements, which needs a browser's registry.
        .filter((key) => key !== './define')
        .map((key) => `@gongkai/${name}${key === '.' ? '' : key.slice(1)}`),
    );
    assert.ok(specifiers.length >= 20, specifiers.join(' '));
    const script = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); if (Object.keys(m).length === 0) throw new Error(s + ' exports nothing'); } console.log('imported', ${specifiers.length});`;
    const { stdout } = await inApp(process.execPath, ['--input-type=module', '-e', script]);
    assert.match(stdout, new RegExp(`imported ${specifiers.length}`));
    // One real use: the schema validates the example file it ships.
    const { stdout: used } = await inApp(process.execPath, [
      '--input-type=module',
      '-e',
      "import { parseDataFile } from '@gongkai/schema'; import { examplePowerCatalog } from '@gongkai/schema/examples'; console.log(parseDataFile(examplePowerCatalog).ok);",
    ]);
    assert.equal(used.trim(), 'true');
  });

  it('the declarations resolve for a TypeScript user (moduleResolution nodenext)', async () => {
    writeFileSync(
      join(app, 'check.ts'),
      [
        "import { parseDataFile, type PowerItem } from '@gongkai/schema';",
        "import { computeDueDate } from '@gongkai/workdays';",
        "import { createServer } from '@gongkai/server';",
        "import type { GkPowerCatalog } from '@gongkai/power-catalog';",
        'const item: PowerItem = { id: "a", name: "b", type: "licensing", department: "d", incomplete: ["legalBasis"] };',
        'export const used = [parseDataFile, computeDueDate, createServer, item] as const;',
        'export type Element = GkPowerCatalog;',
      ].join('\n'),
    );
    await inApp(process.execPath, [TSC, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--lib', 'es2022,dom', '--types', 'node', 'check.ts']).catch((error: { stdout?: string }) => {
      assert.fail(`tsc in the app failed:\n${error.stdout ?? String(error)}`);
    });
  });

  it('npx gongkai runs: help and a validation', async () => {
    const help = await inApp('npx', ['--no-install', 'gongkai', '--help']);
    assert.match(help.stdout, /gongkai validate/);
    await inApp('npx', ['--no-install', 'gongkai', 'init', 'examples']);
    const validated = await inApp('npx', ['--no-install', 'gongkai', 'validate', 'examples/power-catalog.json']);
    assert.match(validated.stdout, /通过/);
  });

  it('npx gongkai-server runs: help, and a server answering its OpenAPI document', async () => {
    const help = await inApp('npx', ['--no-install', 'gongkai-server', '--help']);
    assert.match(help.stdout, /--port/);
    const server = spawn(process.execPath, [join(app, 'node_modules/.bin/gongkai-server'), '--port', '0', '--host', '127.0.0.1', '--db', join(app, 'portal.db')], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let seen = '';
        const timer = setTimeout(() => reject(new Error(`no address in 30 s:\n${seen}`)), 30_000);
        const read = (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /REST API: (http:\/\/127\.0\.0\.1:\d+\/api\/)/.exec(seen);
          if (match) {
            clearTimeout(timer);
            resolveUrl(match[1]!);
          }
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
        server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${seen}`)));
      });
      const response = await fetch(`${url}openapi.json`);
      assert.equal(response.status, 200);
      assert.match(String(((await response.json()) as { openapi: string }).openapi), /^3\./);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
