/**
 * The public letters: search (CJK-aware, in the source), filters by type and status with counts,
 * the result list and the pager. A letter's subject links to the letter (`#mm.letter=…`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, formatDate, formatNumber, renderEmpty, renderFilterChips, renderPager, renderSearchBox, renderHighlighted, searchingText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { QueryResult } from '@gongkai/client';
import type { PublicLetter } from '@gongkai/schema';
import { LETTER_STATUSES, LETTER_TYPES, letterStatusLabel, letterTypeLabel } from '../labels.js';

export interface LettersViewModel {
  result: QueryResult<PublicLetter> | undefined;
  /** A slow query is running: the count says so. */
  searching: boolean;
  query: string;
  types: readonly string[];
  statuses: readonly string[];
  locale: Locale;
  highlight: ((text: string, query: string) => Array<[number, number]>) | undefined;
  onSearch: (value: string) => void;
  onToggle: (facet: 'type' | 'status', value: string) => void;
  onClearFacet: (facet: 'type' | 'status') => void;
  onClearAll: () => void;
  onPage: (page: number) => void;
  onOpen: (letterNumber: string) => void;
}

function options(order: readonly string[], counts: Array<{ value: string; count: number }> | undefined, selected: readonly string[], label: (v: string) => string) {
  const byValue = new Map((counts ?? []).map((c) => [c.value, c.count] as const));
  return order.filter((value) => byValue.has(value) || selected.includes(value)).map((value) => ({ value, label: label(value), count: byValue.get(value) ?? 0 }));
}

export function renderLetters(m: LettersViewModel): TemplateResult {
  const result = m.result;
  const q = m.query.trim();
  const mark = (text: string) => (q && m.highlight ? renderHighlighted(text, m.highlight(text, q)) : text);
  const filtered = q !== '' || m.types.length > 0 || m.statuses.length > 0;
  const open = (letter: PublicLetter) => (event: Event) => {
    event.preventDefault();
    m.onOpen(letter.letterNumber);
  };
  return html`
    ${renderSearchBox({ id: 'mm-search', value: m.query, label: msg('搜索信件标题和内容', { id: 'mm.search.label' }), onInput: m.onSearch, onSubmit: m.onSearch })}
    ${renderFilterChips({ id: 'mm-type', label: msg('来信类型', { id: 'mm.field.type' }), options: options(LETTER_TYPES, result?.facets?.['type'], m.types, letterTypeLabel), selected: m.types, onToggle: (v) => m.onToggle('type', v), onClear: () => m.onClearFacet('type') }, m.locale)}
    ${renderFilterChips({ id: 'mm-status', label: msg('办理状态', { id: 'mm.facet.status' }), options: options(LETTER_STATUSES, result?.facets?.['status'], m.statuses, letterStatusLabel), selected: m.statuses, onToggle: (v) => m.onToggle('status', v), onClear: () => m.onClearFacet('status') }, m.locale)}
    <p class="result-count" role="status" aria-live="polite">${m.searching ? searchingText() : result ? msg(str`找到 ${formatNumber(result.total, m.locale)} 封信件`, { id: 'mm.results.count' }) : nothing}</p>
    ${result && result.total === 0
      ? renderEmpty({ onClearFilters: filtered ? m.onClearAll : undefined })
      : result
        ? html`<ul class="results" part="results" tabindex="-1" aria-label=${msg('公开信件', { id: 'mm.tab.letters' })}>
            ${result.items.map((letter) => html`<li class="result">
              <h3 class="result__subject"><a class="letter-link" data-id=${letter.letterNumber} href=${`#mm.letter=${encodeURIComponent(letter.letterNumber)}`} @click=${open(letter)}>${mark(letter.subject)}</a></h3>
              <p class="result__meta">
                <span class="badge">${letterTypeLabel(letter.type)}</span>
                <span>${formatDate(letter.submittedAt, m.locale)}</span>
                <span class="status status--${letter.status}">${letterStatusLabel(letter.status)}</span>
                ${letter.handlingUnit ? html`<span>${msg('承办单位：', { id: 'mm.letter.unitPrefix' })}${letter.handlingUnit}</span>` : nothing}
              </p>
            </li>`)}
          </ul>`
        : nothing}
    ${result && result.total > 0 ? renderPager({ page: result.page, pageCount: Math.ceil(result.total / result.pageSize), total: result.total, onPage: m.onPage }, m.locale) : nothing}
  `;
}
