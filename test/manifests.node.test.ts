/**
 * Every element package's custom-elements.json (written by `npm run build`) declares its tag
 * with the public attributes only — the source for Storybook's docs and editor hints.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
// The workbench is an application served by the reference server, not an embeddable element.
const elements = readdirSync(packagesDir).filter((name) => name !== 'workbench' && existsSync(join(packagesDir, name, 'src', 'define.ts')));

interface Declaration { customElement?: boolean; tagName?: string; attributes?: Array<{ name: string }>; events?: Array<{ name: string }>; cssParts?: unknown[] }

describe('custom elements manifests', () => {
  it('covers the five elements', () => {
    assert.deepEqual(elements.sort(), ['a11y-toolbar', 'disclosure-directory', 'disclosure-request', 'mayor-mailbox', 'power-catalog']);
  });

  for (const name of elements) {
    it(`${name}: declares gk-${name} with public attributes, events and parts`, () => {
      const file = join(packagesDir, name, 'custom-elements.json');
      assert.ok(existsSync(file), 'run npm run build first');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
      const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
      assert.deepEqual(declared.map((d) => d.tagName), [`gk-${name}`]);
      const element = declared[0]!;
      const attributes = (element.attributes ?? []).map((a) => a.name);
      assert.deepEqual(attributes.filter((a) => a.startsWith('_')), [], 'internal state listed as attributes');
      assert.ok((element.events ?? []).some((e) => e.name.startsWith('gk-')), 'documents its gk- events');
      assert.ok((element.cssParts ?? []).length > 0, 'documents its parts');
      const pkg = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')) as { customElements?: string };
      assert.equal(pkg.customElements, 'custom-elements.json');
    });
  }
});
