/**
 * The directory's filters above the list: year (newest first), publisher, validity, and the switch
 * that hides invalid and abolished documents. A group with a single value is left out; a group
 * with many values folds into a disclosure so results stay in view on a phone.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, formatNumber, renderFilterChips } from '@gongkai/ui';
import type { CollectionController, FilterOption, Locale } from '@gongkai/ui';
import type { QueryResult } from '@gongkai/client';
import type { DisclosureDocument } from '@gongkai/schema';
import { VALIDITY_ORDER, VOID_STATUSES, validityLabel } from '../labels.js';

/** More chips than this fold into a disclosure. */
const MAX_OPEN_CHIPS = 8;

export interface FacetsContext {
  list: CollectionController<DisclosureDocument>;
  facets: NonNullable<QueryResult<DisclosureDocument>['facets']>;
  hideVoid: boolean;
  onHideVoid: (hide: boolean) => void;
  locale: Locale;
}

export function renderFacets({ list, facets, hideVoid, onHideVoid, locale }: FacetsContext): TemplateResult {
  const years: FilterOption[] = (facets['year'] ?? [])
    .map((f) => ({ value: f.value, label: f.value, count: f.count }))
    .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  const publishers: FilterOption[] = (facets['publisher'] ?? []).map((f) => ({ value: f.value, label: f.value, count: f.count }));
  const validityCounts = new Map((facets['validity'] ?? []).map((f) => [f.value, f.count] as const));
  const validity: FilterOption[] = VALIDITY_ORDER.filter((v) => validityCounts.has(v) || list.selected('validity').includes(v))
    .filter((v) => !(hideVoid && VOID_STATUSES.includes(v)))
    .map((v) => ({ value: v, label: validityLabel(v), count: validityCounts.get(v) ?? 0 }));
  const group = (facet: string, id: string, label: string, options: FilterOption[], foldLabel: string) => {
    const selected = list.selected(facet);
    if (options.length <= 1 && selected.length === 0) return nothing;
    const chips = renderFilterChips(
      { id, label, options, selected, onToggle: (v) => list.toggle(facet, v), onClear: () => list.setFacet(facet, []) },
      locale,
    );
    return options.length <= MAX_OPEN_CHIPS
      ? chips
      : html`<details class="facet-fold" ?open=${selected.length > 0}><summary>${foldLabel}</summary>${chips}</details>`;
  };
  const voidCount = VOID_STATUSES.reduce((sum, v) => sum + (validityCounts.get(v) ?? 0), 0);
  return html`<div class="facets no-print">
    ${group('year', 'dd-year', msg('年份', { id: 'dd.facet.year' }), years,
      msg(str`按年份筛选（${formatNumber(years.length, locale)} 个）`, { id: 'dd.facet.yearFold' }))}
    ${group('publisher', 'dd-pub', msg('发布机构', { id: 'dd.field.publisher' }), publishers,
      msg(str`按发布机构筛选（${formatNumber(publishers.length, locale)} 个）`, { id: 'dd.facet.publisherFold' }))}
    ${group('validity', 'dd-val', msg('有效性', { id: 'dd.field.validity' }), validity, '')}
    ${voidCount > 0 || hideVoid
      ? html`<label class="switch">
          <input type="checkbox" .checked=${hideVoid} @change=${(e: Event) => onHideVoid((e.target as HTMLInputElement).checked)} />
          ${msg('隐藏已失效和已废止的文件', { id: 'dd.facet.hideVoid' })}
        </label>`
      : nothing}
  </div>`;
}
