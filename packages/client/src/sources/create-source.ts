/**
 * Picks the source an element reads from, in the contract's order of
 * precedence (docs/design.md §2): the `data` property, then the `api` attribute,
 * then the `src` attribute. Returns undefined when none is set.
 */
import type { FileKind } from '@gongkai/schema';
import type { ItemOf } from '../kinds.js';
import type { CollectionSource } from './types.js';
import { InMemorySource } from './in-memory-source.js';
import { RemoteApiSource } from './remote-api-source.js';
import { StaticFileSource } from './static-file-source.js';

export interface SourceSettings {
  data?: unknown;
  api?: string | null;
  src?: string | null;
  /** Elements pass document.baseURI so relative URLs work as in the page. */
  baseUrl?: string;
}

export function createCollectionSource<K extends FileKind>(kind: K, settings: SourceSettings): CollectionSource<ItemOf<K>, K> | undefined {
  if (settings.data !== undefined && settings.data !== null) return new InMemorySource(settings.data, kind);
  if (settings.api) return new RemoteApiSource({ api: settings.api, kind, baseUrl: settings.baseUrl });
  if (settings.src) return new StaticFileSource({ url: settings.src, kind, baseUrl: settings.baseUrl });
  return undefined;
}
