/**
 * The API tables in the element READMEs are generated from each package's custom-elements.json
 * (scripts/api-docs.ts, `npm run docs:api`). This fails when a README's block is missing or stale,
 * and checks the generator's own rules on a small manifest. Needs the manifests of `npm run build`.
 * Run: node --import tsx --test test/api-docs.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  API_END,
  API_START,
  elementPackages,
  readDeclarations,
  readmeUpdates,
  renderApi,
  renderBlock,
  withApiBlock,
  type ElementDeclaration,
} from '../scripts/api-docs.js';

describe('element READMEs carry the generated API tables', () => {
  it('covers the five element packages', () => {
    assert.deepEqual(elementPackages(), ['a11y-toolbar', 'disclosure-directory', 'disclosure-request', 'mayor-mailbox', 'power-catalog']);
  });

  for (const update of readmeUpdates()) {
    it(`packages/${update.pkg}/README.md matches its custom-elements.json`, () => {
      if (update.current !== update.expected) {
        const current = update.current.split('\n');
        const expected = update.expected.split('\n');
        const line = current.findIndex((text, i) => text !== expected[i]);
        assert.fail(
          `packages/${update.pkg}/README.md is stale from line ${line + 1}:\n  README:    ${current[line] ?? '(end)'}\n  generated: ${expected[line] ?? '(end)'}\nRun npm run build && npm run docs:api`,
        );
      }
    });

    it(`packages/${update.pkg}/README.md documents every event and part of the manifest`, () => {
      const [element] = readDeclarations(update.pkg);
      assert.ok(element, 'no custom element in the manifest');
      const block = update.current.slice(update.current.indexOf(API_START), update.current.indexOf(API_END));
      for (const name of [...(element.events ?? []), ...(element.cssParts ?? [])].map((e) => e.name)) {
        assert.ok(block.includes(`| \`${name}\` |`), `${name} is not in the README's API block`);
      }
    });
  }
});

describe('api-docs generator', () => {
  const element: ElementDeclaration = {
    name: 'GkSample',
    tagName: 'gk-sample',
    customElement: true,
    members: [
      { kind: 'field', name: 'catalogs', static: true },
      { kind: 'field', name: 'src', privacy: 'public', type: { text: 'string | undefined' }, description: 'URL of a file.', attribute: 'src' },
      { kind: 'field', name: 'layout', privacy: 'public', type: { text: "'list' | 'table'" }, default: "'list'", description: 'Layout:\n`list` or `table`.' },
      { kind: 'field', name: 'settings', readonly: true, type: { text: 'Settings' }, description: 'In force.' },
      { kind: 'field', name: '_status', privacy: 'private', type: { text: 'Status' } },
      { kind: 'field', name: '#active', privacy: 'private' },
      { kind: 'method', name: 'reload', description: 'Reloads.' },
      { kind: 'method', name: 'render', privacy: 'protected' },
    ],
    attributes: [
      { name: 'src', fieldName: 'src' },
      { name: 'layout', fieldName: 'layout' },
      { name: 'legacy-flag', description: 'Only an attribute.' },
    ],
    events: [{ name: 'gk-load', description: 'Loaded: `{count}`' }],
    cssParts: [{ name: 'base', description: 'The wrapper' }],
  };
  const text = renderApi(element);

  it('lists public fields with their attribute, type and default, and attributes without a field', () => {
    assert.match(text, /^\| `src` \| `src` \| `string` \| {2}\| URL of a file\. \|$/m);
    assert.match(text, /^\| `layout` \| `layout` \| `'list' \\\| 'table'` \| `'list'` \| Layout: `list` or `table`\. \|$/m);
    assert.match(text, /^\| — \| `settings` \(read-only\) \| `Settings` \| {2}\| In force\. \|$/m);
    assert.match(text, /^\| `legacy-flag` \| — \| {2}\| {2}\| Only an attribute\. \|$/m);
  });

  it('leaves out static, private, protected and underscore members', () => {
    for (const hidden of ['catalogs', '_status', '#active', 'render(']) assert.ok(!text.includes(hidden), hidden);
    assert.match(text, /^\| `reload\(\)` \| Reloads\. \|$/m);
  });

  it('drops a column no row fills, and sections with nothing to list', () => {
    assert.match(text, /^### Events\n\n\| event \| description \|\n\|---\|---\|\n\| `gk-load` \| Loaded: `\{count\}` \|$/m);
    assert.ok(!text.includes('### CSS custom properties'));
    assert.ok(!text.includes('### Slots'));
  });

  it('replaces only the marked block, and refuses a README without exactly one', () => {
    const block = renderBlock('sample', [element]);
    const readme = `# Sample\n\nbefore\n\n${API_START}\nold tables\n${API_END}\n\nafter\n`;
    const updated = withApiBlock(readme, block);
    assert.equal(updated, `# Sample\n\nbefore\n\n${block}\n\nafter\n`);
    assert.equal(withApiBlock(updated, block), updated, 'regenerating changes nothing');
    assert.throws(() => withApiBlock('# Sample\n', block), /needs exactly one/);
    assert.throws(() => withApiBlock(`${API_END}\n${API_START}\n`, block), /needs exactly one/);
    assert.throws(() => withApiBlock(`${API_START}\n${API_START}\n${API_END}\n`, block), /needs exactly one/);
  });
});
