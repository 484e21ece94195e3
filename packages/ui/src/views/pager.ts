/**
 * Page navigation: previous / numbered pages / next, with the current page
 * marked `aria-current`. Long ranges collapse to 1 … 4 5 6 … 20 so the pager
 * fits a 320 px screen.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../localize/msg.js';
import { formatNumber } from '../localize/format.js';
import type { Locale } from '../localize/locale.js';

export interface PagerOptions {
  page: number;
  pageCount: number;
  total: number;
  onPage: (page: number) => void;
}

/** Page numbers to show, with `0` standing for an ellipsis. */
export function pageWindow(page: number, pageCount: number, around = 1): number[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p - last > 1) out.push(p - last === 2 ? p - 1 : 0);
    out.push(p);
  }
  return out;
}

export function renderPager(model: PagerOptions, locale: Locale): TemplateResult | typeof nothing {
  if (model.pageCount <= 1) {
    return html`<p class="gk-pager__total gk-muted" part="total">${msg(str`共 ${formatNumber(model.total, locale)} 条`, { id: 'ui.pager.total' })}</p>`;
  }
  const go = (p: number) => () => model.onPage(p);
  return html`<nav class="gk-pager" part="pager" aria-label=${msg('分页', { id: 'ui.pager.label' })}>
    <p class="gk-pager__total gk-muted" part="total">
      ${msg(str`共 ${formatNumber(model.total, locale)} 条，第 ${formatNumber(model.page, locale)} / ${formatNumber(model.pageCount, locale)} 页`, { id: 'ui.pager.summary' })}
    </p>
    <ul class="gk-pager__list">
      <li>
        <button type="button" class="gk-button" ?disabled=${model.page <= 1} @click=${go(model.page - 1)}>${msg('上一页', { id: 'ui.pager.previous' })}</button>
      </li>
      ${pageWindow(model.page, model.pageCount).map((p) =>
        p === 0
          ? html`<li class="gk-pager__gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="gk-button gk-pager__page"
                aria-current=${p === model.page ? 'page' : 'false'}
                aria-label=${msg(str`第 ${formatNumber(p, locale)} 页`, { id: 'ui.pager.page' })}
                @click=${go(p)}
              >
                ${formatNumber(p, locale)}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" class="gk-button" ?disabled=${model.page >= model.pageCount} @click=${go(model.page + 1)}>${msg('下一页', { id: 'ui.pager.next' })}</button>
      </li>
    </ul>
  </nav>`;
}
