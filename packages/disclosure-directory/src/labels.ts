/**
 * Display names of the directory's enumerations, in the reader's locale.
 * Functions, not constants: `msg()` must run while the element renders.
 */
import { msg } from '@gongkai/ui';
import type { CategoryScheme } from './category-tree.js';

/** 有效性 in the order readers expect them; `unknown` is shown only in the document view. */
export const VALIDITY_ORDER = ['valid', 'amended', 'invalid', 'abolished', 'unknown'] as const;

/** Statuses the "hide invalid and abolished" switch leaves out. */
export const VOID_STATUSES: readonly string[] = ['invalid', 'abolished'];

export function validityLabel(status: string): string {
  switch (status) {
    case 'valid': return msg('有效', { id: 'dd.validity.valid' });
    case 'invalid': return msg('失效', { id: 'dd.validity.invalid' });
    case 'amended': return msg('已修改', { id: 'dd.validity.amended' });
    case 'abolished': return msg('已废止', { id: 'dd.validity.abolished' });
    case 'unknown': return msg('未标明', { id: 'dd.validity.unknown' });
    default: return status;
  }
}

/** Name of a scheme's tab. */
export function schemeLabel(scheme: CategoryScheme): string {
  switch (scheme) {
    case 'topic': return msg('主题', { id: 'dd.scheme.topic' });
    case 'genre': return msg('体裁', { id: 'dd.scheme.genre' });
    case 'organ': return msg('机构', { id: 'dd.scheme.organ' });
    case 'audience': return msg('服务对象', { id: 'dd.scheme.audience' });
  }
}

/** Sort choices; `relevance` is offered only while searching. */
export type SortName = '-publishedAt' | 'publishedAt' | 'indexNumber' | 'relevance';
export const DEFAULT_SORT: SortName = '-publishedAt';

export function sortLabel(sort: SortName): string {
  switch (sort) {
    case '-publishedAt': return msg('公布日期（新→旧）', { id: 'dd.sort.newest' });
    case 'publishedAt': return msg('公布日期（旧→新）', { id: 'dd.sort.oldest' });
    case 'indexNumber': return msg('索引号', { id: 'dd.sort.indexNumber' });
    case 'relevance': return msg('相关度', { id: 'dd.sort.relevance' });
  }
}
