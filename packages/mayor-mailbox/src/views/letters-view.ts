/**
 * The public letters: search (CJK-aware, in the source), filters by type and status with counts,
 * the result list and the pager. A letter's subject links to the letter (`#mm.letter=…`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, formatDate, formatNumber, renderEmpty, renderFilterChips, renderPager, renderSearchBox, searchingText, renderItemLink, markMatches } from '@gongkai/ui';
import type { CollectionController, Locale } from '@gongkai/ui';
import type { PublicLetter } from '@gongkai/schema';
import { LETTER_STATUSES, LETTER_TYPES, letterStatusLabel, letterTypeLabel } from '../labels.js';

export interface LettersViewModel {
  /** The element's collection controller: state, reader actions, links and highlighting. */
  list: CollectionController<PublicLetter>;
  locale: Locale;
}

function options(order: readonly string[], counts: Array<{ value: string; count: number }> | undefined, selected: readonly string[], label: (v: string) => string) {
  const byValue = new Map((counts ?? []).map((c) => [c.value, c.count] as const));
  return order.filter((value) => byValue.has(value) || selected.includes(value)).map((value) => ({ value, label: label(value), count: byValue.get(value) ?? 0 }));
}

export function renderLetters({ list, locale }: LettersViewModel): TemplateResult {
  const result = list.result;
  const types = list.selected('type');
  const statuses = list.selected('status');
  return html`
    ${renderSearchBox({ id: 'mm-search', value: list.query, label: msg('搜索信件标题和内容', { id: 'mm.search.label' }), onInput: (v) => list.search(v), onSubmit: (v) => list.search(v) })}
    ${renderFilterChips({ id: 'mm-type', label: msg('来信类型', { id: 'mm.field.type' }), options: options(LETTER_TYPES, result?.facets?.['type'], types, letterTypeLabel), selected: types, onToggle: (v) => list.toggle('type', v), onClear: () => list.setFacet('type', []) }, locale)}
    ${renderFilterChips({ id: 'mm-status', label: msg('办理状态', { id: 'mm.facet.status' }), options: options(LETTER_STATUSES, result?.facets?.['status'], statuses, letterStatusLabel), selected: statuses, onToggle: (v) => list.toggle('status', v), onClear: () => list.setFacet('status', []) }, locale)}
    <p class="result-count" role="status" aria-live="polite">${list.searching ? searchingText() : result ? msg(str`找到 ${formatNumber(result.total, locale)} 封信件`, { id: 'mm.results.count' }) : nothing}</p>
    ${result && result.total === 0
      ? renderEmpty({ onClearFilters: list.filtered() ? () => list.clearAll() : undefined })
      : result
        ? html`<ul class="results" part="results" tabindex="-1" aria-label=${msg('公开信件', { id: 'mm.tab.letters' })}>
            ${result.items.map((letter) => html`<li class="result">
              <h3 class="result__subject">${renderItemLink(list, letter.letterNumber, 'letter-link', markMatches(list, letter.subject))}</h3>
              <p class="result__meta">
                <span class="badge">${letterTypeLabel(letter.type)}</span>
                <span>${formatDate(letter.submittedAt, locale)}</span>
                <span class="status status--${letter.status}">${letterStatusLabel(letter.status)}</span>
                ${letter.handlingUnit ? html`<span>${msg('承办单位：', { id: 'mm.letter.unitPrefix' })}${letter.handlingUnit}</span>` : nothing}
              </p>
            </li>`)}
          </ul>`
        : nothing}
    ${result && result.total > 0 ? renderPager({ page: result.page, pageCount: Math.ceil(result.total / result.pageSize), total: result.total, onPage: (p) => void list.goToPage(p) }, locale) : nothing}
  `;
}
