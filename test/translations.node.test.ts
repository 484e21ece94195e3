/**
 * Every message of every package is translated: each XLIFF trans-unit has a
 * target, and the generated locale modules (src/locales/*.ts, built by
 * `lit-localize build`) carry exactly the ids the XLIFF files have, so a
 * forgotten `localize:build` after `localize:extract` fails here. Also checks
 * that every `msg(…, { id })` in the sources is in the XLIFF files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const localized = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'lit-localize.json')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it('finds the localized packages', () => {
    assert.ok(localized.includes('ui') && localized.includes('power-catalog'), localized.join());
  });

  for (const pkg of localized) {
    for (const locale of ['zh-Hant', 'en']) {
      it(`${pkg}: every message has a ${locale} translation, and the built module matches`, async () => {
        const xliff = readFileSync(join(packagesDir, pkg, 'xliff', `${locale}.xlf`), 'utf8');
        const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
        assert.ok(units.length > 0);
        const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body!)).map(([, id]) => id);
        assert.deepEqual(untranslated, [], `untranslated in ${pkg}/${locale}`);
        const module = (await import(join(packagesDir, pkg, 'src', 'locales', `${locale}.ts`))) as { templates: Record<string, unknown> };
        assert.deepEqual(Object.keys(module.templates).sort(), units.map(([, id]) => id!).sort());

        if (pkg !== 'ui') {
          // Shared-view messages are @gongkai/ui's: a copy here would shadow its translations.
          assert.deepEqual(Object.keys(module.templates).filter((id) => id.startsWith('ui.')), [], `ui.* messages in ${pkg}`);
        }
        const ids = new Set(units.map(([, id]) => id));
        const used = sourceFiles(join(packagesDir, pkg, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{\s*id:\s*'([^']+)'\s*\}/g)].map((m) => m[1]!));
        assert.deepEqual(used.filter((id) => !ids.has(id)), [], `ids used in ${pkg} but not extracted`);
      });
    }
  }
});
