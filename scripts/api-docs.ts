/**
 * Writes each element package's API tables into its README from its custom-elements.json, so the
 * element's doc comments are the one source of its documented API (attributes, properties,
 * methods, events, parts, CSS custom properties).
 *
 *   npm run build        # writes packages/<element>/custom-elements.json (scripts/build-manifests.mjs)
 *   npm run docs:api     # rewrites the block between <!-- api:start --> and <!-- api:end -->
 *   npm run docs:api -- --check   # exits 1 and names the stale READMEs instead of writing
 *
 * Only the marked block is touched; everything else in a README is hand-written.
 * test/api-docs.node.test.ts fails when a README's block differs from what this script writes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const API_START = '<!-- api:start -->';
export const API_END = '<!-- api:end -->';

/** The parts of a custom-elements.json (schema 2.x) this script reads. */
interface Described {
  name: string;
  description?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  readonly?: boolean;
  type?: { text: string };
  default?: string;
  attribute?: string;
  parameters?: Array<{ name: string; type?: { text: string } }>;
  return?: { type?: { text: string } };
}
interface Attribute extends Described {
  fieldName?: string;
  type?: { text: string };
  default?: string;
}
export interface ElementDeclaration extends Described {
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Array<Described & { type?: { text: string } }>;
  cssParts?: Described[];
  cssProperties?: Array<Described & { default?: string }>;
  slots?: Described[];
}
interface Manifest {
  modules: Array<{ declarations?: ElementDeclaration[] }>;
}

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const packagesDir = join(repoRoot, 'packages');

/**
 * Element packages: those with a define module, as scripts/build-manifests.mjs picks them — less
 * the workbench, an application served by the reference server whose elements are internal.
 */
const APPLICATIONS = new Set(['workbench']);
export function elementPackages(): string[] {
  return readdirSync(packagesDir)
    .filter((name) => !APPLICATIONS.has(name) && existsSync(join(packagesDir, name, 'src', 'define.ts')))
    .sort();
}

export function readDeclarations(pkg: string): ElementDeclaration[] {
  const file = join(packagesDir, pkg, 'custom-elements.json');
  if (!existsSync(file)) throw new Error(`packages/${pkg}/custom-elements.json is missing: run npm run build first`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement === true);
}

/** Markdown table cell: one line, pipes escaped (also inside code spans, which GitHub requires). */
const cell = (text: string | undefined): string => (text ?? '').replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|').trim();
const code = (text: string): string => `\`${text}\``;
/** `string | undefined` reads as `string`: every property may be unset. */
const typeText = (type: { text: string } | undefined): string => {
  const text = (type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();
  return text === '' ? '' : code(text);
};

/** A Markdown table; a column with no value in any row (say, no default anywhere) is left out. */
function table(head: string[], rows: string[][]): string {
  const kept = head.map((_, i) => i).filter((i) => rows.some((row) => (row[i] ?? '') !== ''));
  const pick = (cells: string[]) => kept.map((i) => cells[i] ?? '');
  return [`| ${pick(head).join(' | ')} |`, `|${kept.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${pick(row).join(' | ')} |`)].join('\n');
}

/** Public API members: not static, not private or protected, not `_`-prefixed internals. */
function isPublic(member: Member): boolean {
  return member.static !== true && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name);
}

export function renderApi(element: ElementDeclaration): string {
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const attributeOf = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const sections: string[] = [];

  const fieldRows = fields.map((field) => {
    const attribute = field.attribute ?? attributeOf.get(field.name)?.name;
    const value = field.default ?? attributeOf.get(field.name)?.default;
    return [
      attribute === undefined ? '—' : code(attribute),
      code(field.name) + (field.readonly === true ? ' (read-only)' : ''),
      cell(typeText(field.type ?? attributeOf.get(field.name)?.type)),
      value === undefined ? '' : cell(code(value)),
      cell(field.description ?? attributeOf.get(field.name)?.description),
    ];
  });
  // Attributes without a field of their own (rare) still get a row.
  for (const attribute of element.attributes ?? []) {
    if (!fields.some((f) => f.name === (attribute.fieldName ?? attribute.name))) {
      fieldRows.push([code(attribute.name), '—', cell(typeText(attribute.type)), attribute.default === undefined ? '' : cell(code(attribute.default)), cell(attribute.description)]);
    }
  }
  if (fieldRows.length > 0) sections.push(`### Attributes and properties\n\n${table(['attribute', 'property', 'type', 'default', 'description'], fieldRows)}`);

  if (methods.length > 0) {
    const signature = (m: Member) => `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
    sections.push(`### Methods\n\n${table(['method', 'description'], methods.map((m) => [cell(code(signature(m))), cell(m.description)]))}`);
  }
  if ((element.events ?? []).length > 0) {
    sections.push(`### Events\n\n${table(['event', 'description'], element.events!.map((e) => [code(e.name), cell(e.description)]))}`);
  }
  if ((element.slots ?? []).length > 0) {
    sections.push(`### Slots\n\n${table(['slot', 'description'], element.slots!.map((s) => [s.name === '' ? '(default)' : code(s.name), cell(s.description)]))}`);
  }
  if ((element.cssParts ?? []).length > 0) {
    sections.push(`### CSS parts\n\n${table(['part', 'description'], element.cssParts!.map((p) => [code(p.name), cell(p.description)]))}`);
  }
  if ((element.cssProperties ?? []).length > 0) {
    const rows = element.cssProperties!.map((p) => [code(p.name), cell(p.description), p.default === undefined ? '' : cell(code(p.default))]);
    sections.push(`### CSS custom properties\n\n${table(['property', 'description', 'default'], rows)}`);
  }
  return sections.join('\n\n');
}

/** The whole marked block for one package: a note on where it comes from, then each element's tables. */
export function renderBlock(pkg: string, declarations: readonly ElementDeclaration[]): string {
  const note = `<!-- Generated from packages/${pkg}/custom-elements.json by \`npm run docs:api\`: edit the element's doc comments, not this block. -->`;
  const bodies = declarations.map((d) => (declarations.length > 1 ? `### \`<${d.tagName}>\`\n\n${renderApi(d)}` : renderApi(d)));
  return [API_START, note, '', ...bodies, '', API_END].join('\n');
}

/** The README text with its marked block replaced; throws when the markers are missing or out of order. */
export function withApiBlock(readme: string, block: string, where = 'README'): string {
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start === -1 || end === -1 || end < start || readme.indexOf(API_START, start + 1) !== -1) {
    throw new Error(`${where}: needs exactly one ${API_START} … ${API_END} block`);
  }
  return readme.slice(0, start) + block + readme.slice(end + API_END.length);
}

export interface ReadmeUpdate {
  pkg: string;
  path: string;
  current: string;
  expected: string;
}

export function readmeUpdates(): ReadmeUpdate[] {
  return elementPackages().map((pkg) => {
    const path = join(packagesDir, pkg, 'README.md');
    const current = readFileSync(path, 'utf8');
    const expected = withApiBlock(current, renderBlock(pkg, readDeclarations(pkg)), `packages/${pkg}/README.md`);
    return { pkg, path, current, expected };
  });
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale = readmeUpdates().filter((u) => u.current !== u.expected);
  if (check) {
    for (const u of stale) console.error(`stale API tables: packages/${u.pkg}/README.md (run npm run docs:api)`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const u of stale) {
    writeFileSync(u.path, u.expected);
    console.log(`API tables written: packages/${u.pkg}/README.md`);
  }
  if (stale.length === 0) console.log('API tables: every README is up to date');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
