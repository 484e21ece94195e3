/**
 * What the client needs to know about each file kind: where the items are, what identifies one,
 * what is searched (with weights), what can be filtered and counted (facets), how it can be sorted,
 * and where the collection lives in the REST contract (docs/design.md §4, §5).
 *
 * Facet names are the REST query-parameter names (`type`, `department`, `category`, `year`,
 * `publisher`, `validity`, `status`), so the same QueryParams work against a file and a server.
 */
import type { DataFile, FileKind } from '@gongkai/schema';
import type { SearchField } from './search/search-index.js';
import type { CollectionPath, SidePath } from './sources/rest-paths.js';

export type DataFileOf<K extends FileKind> = Extract<DataFile, { kind: K }>;

/** The member that holds a kind's items. */
export const ITEM_MEMBERS = {
  'power-catalog': 'items',
  'disclosure-directory': 'documents',
  'agency-directory': 'agencies',
  'mailbox-letters': 'letters',
} as const satisfies Record<FileKind, string>;
export type ItemMember<K extends FileKind> = (typeof ITEM_MEMBERS)[K];

/** One item of a kind: PowerItem, DisclosureDocument, Agency, PublicLetter. */
export type ItemOf<K extends FileKind> = DataFileOf<K>[ItemMember<K> & keyof DataFileOf<K>] extends ReadonlyArray<infer I>
  ? I
  : never;

/** The file without its item array: publisher, updatedAt, categories, departments, guide, stats… */
export type EnvelopeOf<K extends FileKind> = {
  // Not Omit<>: the schema's loose objects have an index signature, and Omit would drop every
  // known member along with the item array.
  [P in keyof DataFileOf<K> as P extends ItemMember<K> ? never : P]: DataFileOf<K>[P];
};

/** A sort key with the direction used when the sort name has no '-' prefix. */
export type SortKey<T> = (item: T) => string | number | undefined | null;

/** A side resource of the REST contract that fills one envelope member in RemoteApiSource.load. */
export interface SideResource {
  member: string;
  path: SidePath;
  /** 404 leaves the member out instead of failing the load. */
  optional: boolean;
}

export interface KindConfig<K extends FileKind> {
  kind: K;
  itemMember: ItemMember<K>;
  /** Member that identifies an item (`get(id)` and REST `{id}`). */
  idField: string;
  /** Collection path under an API base URL (sources/rest-paths.ts). */
  restPath: CollectionPath;
  sideResources: readonly SideResource[];
  /** The envelope lets fields resolve ids to names (a department id → its name). */
  searchFields(envelope?: Partial<EnvelopeOf<K>>): Array<SearchField<ItemOf<K>>>;
  /**
   * Names of the filter and count dimensions, which are also the REST query parameters. Their
   * definitions (query/kind-facets.ts) load with the in-memory engine, not with every element.
   */
  facetNames: readonly string[];
  /** Sort names accepted in QueryParams.sort: `name` ascending, `-name` descending. */
  sorts: Readonly<Record<string, SortKey<ItemOf<K>>>>;
  /** Used when no sort is asked for and there is no search text. Undefined: file order. */
  defaultSort?: string;
}

/**
 * Visible text of an HTML body, for searching only (never rendered): tags out, common entities in.
 * Inline tags vanish without a trace (Chinese has no spaces: 自<b>发布之日</b>起 must read
 * 自发布之日起); block tags and <br> become a space so paragraphs do not run together.
 */
export function htmlToSearchText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|blockquote|pre|hr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const POWER_CATALOG: KindConfig<'power-catalog'> = {
  kind: 'power-catalog',
  itemMember: 'items',
  idField: 'id',
  restPath: 'power-items',
  sideResources: [],
  searchFields(envelope) {
    const departmentNames = new Map((envelope?.departments ?? []).map((d) => [d.id, d.name]));
    return [
      { name: 'name', weight: 3, get: (item) => item.name },
      { name: 'code', weight: 2, get: (item) => item.code },
      {
        name: 'department',
        weight: 1,
        get: (item) => [item.department, departmentNames.get(item.department) ?? ''],
      },
      // Titles and document numbers of the legal bases (设定依据): 《行政许可法》, 国发〔2004〕16号.
      {
        name: 'legalBasis',
        weight: 1,
        get: (item) => (item.legalBasis ?? []).flatMap((basis) => [basis.title, basis.docNumber ?? '']),
      },
    ];
  },
  facetNames: ['type', 'department'],
  sorts: { name: (item) => item.name, code: (item) => item.code },
};

const DISCLOSURE_DIRECTORY: KindConfig<'disclosure-directory'> = {
  kind: 'disclosure-directory',
  itemMember: 'documents',
  idField: 'id',
  restPath: 'disclosure/documents',
  sideResources: [
    { member: 'categories', path: 'disclosure/categories', optional: false },
    { member: 'guide', path: 'disclosure/guide', optional: true },
  ],
  searchFields: () => [
    { name: 'title', weight: 3, get: (doc) => doc.title },
    { name: 'documentNumber', weight: 2, get: (doc) => doc.documentNumber },
    { name: 'indexNumber', weight: 2, get: (doc) => doc.indexNumber },
    { name: 'keywords', weight: 1, get: (doc) => doc.keywords },
    { name: 'summary', weight: 1, get: (doc) => doc.summary },
    {
      name: 'body',
      weight: 0.5,
      get: (doc) => (doc.body ? (doc.body.format === 'html' ? htmlToSearchText(doc.body.content) : doc.body.content) : undefined),
    },
  ],
  facetNames: ['category', 'year', 'publisher', 'validity'],
  sorts: {
    publishedAt: (doc) => doc.publishedAt,
    title: (doc) => doc.title,
    indexNumber: (doc) => doc.indexNumber,
  },
  defaultSort: '-publishedAt',
};

const AGENCY_DIRECTORY: KindConfig<'agency-directory'> = {
  kind: 'agency-directory',
  itemMember: 'agencies',
  idField: 'id',
  restPath: 'agencies',
  sideResources: [],
  searchFields: () => [{ name: 'name', weight: 3, get: (agency) => agency.name }],
  facetNames: [],
  sorts: { name: (agency) => agency.name },
};

const MAILBOX_LETTERS: KindConfig<'mailbox-letters'> = {
  kind: 'mailbox-letters',
  itemMember: 'letters',
  idField: 'letterNumber',
  restPath: 'mailbox/letters',
  sideResources: [{ member: 'stats', path: 'mailbox/stats', optional: true }],
  searchFields: () => [
    { name: 'subject', weight: 3, get: (letter) => letter.subject },
    { name: 'content', weight: 1, get: (letter) => letter.content },
  ],
  facetNames: ['type', 'status'],
  sorts: { submittedAt: (letter) => letter.submittedAt, subject: (letter) => letter.subject },
  defaultSort: '-submittedAt',
};

export const KIND_CONFIGS: { readonly [K in FileKind]: KindConfig<K> } = {
  'power-catalog': POWER_CATALOG,
  'disclosure-directory': DISCLOSURE_DIRECTORY,
  'agency-directory': AGENCY_DIRECTORY,
  'mailbox-letters': MAILBOX_LETTERS,
};

export function kindConfig<K extends FileKind>(kind: K): KindConfig<K> {
  return KIND_CONFIGS[kind];
}
