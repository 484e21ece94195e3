/**
 * The statistics: headline figures with rates as percentages, then letters by type and by
 * handling unit, each drawn as a bar chart (an SVG with role="img" and a title naming every
 * figure) followed by a table with the same numbers, which is what screen readers and printouts use.
 */
import { html, svg, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, formatDate, formatNumber } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { CountRow, StatsModel } from '../stats.js';
import { letterTypeLabel } from '../labels.js';

const intlLocale: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

/** 0.987 → "98.7%" in the reader's locale. */
export function formatPercent(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

const ROW = 44;
const WIDTH = 600;
const VALUE_SPACE = 90;

function chart(id: string, title: string, rows: readonly CountRow[], label: (key: string) => string, locale: Locale): TemplateResult {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const description = rows.map((r) => `${label(r.key)} ${formatNumber(r.count, locale)}`).join(msg('；', { id: 'mm.stats.chartSeparator' }));
  const height = rows.length * ROW;
  return html`<figure class="chart" part="chart">
    <svg class="chart__svg" role="img" aria-labelledby=${`${id}-title`} viewBox=${`0 0 ${WIDTH} ${height}`} preserveAspectRatio="xMinYMin meet" focusable="false">
      <title id=${`${id}-title`}>${title}：${description}</title>
      ${rows.map((r, i) => {
        const y = i * ROW;
        const barWidth = Math.max(2, ((WIDTH - VALUE_SPACE) * r.count) / max);
        return svg`<g>
          <text class="chart__label" x="0" y=${y + 15}>${label(r.key)}</text>
          <rect class="chart__bar" x="0" y=${y + 20} width=${barWidth} height="16"></rect>
          <text class="chart__value" x=${barWidth + 6} y=${y + 33}>${formatNumber(r.count, locale)}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

function table(caption: string, keyHeader: string, rows: readonly CountRow[], label: (key: string) => string, locale: Locale): TemplateResult {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  // Units from a server's figures carry their on-time rate: one more column, only then.
  const onTime = rows.some((r) => r.onTimeRate !== undefined);
  return html`<div class="table-wrap"><table class="table stats-table">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">${keyHeader}</th>
      <th scope="col" class="num">${msg('件数', { id: 'mm.stats.count' })}</th>
      <th scope="col" class="num">${msg('占比', { id: 'mm.stats.share' })}</th>
      ${onTime ? html`<th scope="col" class="num">${msg('按时答复率', { id: 'mm.stats.onTimeRate' })}</th>` : nothing}
    </tr></thead>
    <tbody>${rows.map((r) => html`<tr>
      <th scope="row">${label(r.key)}</th>
      <td class="num">${formatNumber(r.count, locale)}</td>
      <td class="num">${total > 0 ? formatPercent(r.count / total, locale) : '—'}</td>
      ${onTime ? html`<td class="num">${r.onTimeRate === undefined ? msg('暂无', { id: 'mm.stats.none' }) : formatPercent(r.onTimeRate, locale)}</td>` : nothing}
    </tr>`)}</tbody>
  </table></div>`;
}

export function renderStats(model: StatsModel, locale: Locale): TemplateResult {
  const rate = (value: number | undefined) => (value === undefined ? msg('暂无', { id: 'mm.stats.none' }) : formatPercent(value, locale));
  const typeTitle = msg('按来信类型统计', { id: 'mm.stats.byType' });
  const unitTitle = model.byUnitOrigin === 'published' ? msg('按承办单位统计', { id: 'mm.stats.byUnitAll' }) : msg('公开信件按承办单位统计', { id: 'mm.stats.byUnit' });
  const unitLabel = (key: string) => key;
  return html`<div class="stats" part="stats">
    ${model.period
      ? html`<p class="stats__period">${msg(str`统计期间：${formatDate(model.period.from, locale)} 至 ${formatDate(model.period.until, locale)}`, { id: 'mm.stats.period' })}</p>`
      : nothing}
    ${model.origin === 'computed'
      ? html`<p class="gk-notice">${msg('以下数字根据本页公开的信件计算，不含未公开的来信。', { id: 'mm.stats.computed' })}</p>`
      : nothing}
    <dl class="figures">
      <div class="figure"><dt>${msg('收到来信', { id: 'mm.stats.received' })}</dt><dd class="figure__value" data-figure="received">${formatNumber(model.received, locale)}</dd></div>
      <div class="figure"><dt>${msg('已答复', { id: 'mm.stats.replied' })}</dt><dd class="figure__value" data-figure="replied">${formatNumber(model.replied, locale)}</dd></div>
      <div class="figure"><dt>${msg('答复率', { id: 'mm.stats.replyRate' })}</dt><dd class="figure__value" data-figure="replyRate">${rate(model.replyRate)}</dd></div>
      <div class="figure"><dt>${msg('按时答复率', { id: 'mm.stats.onTimeRate' })}</dt><dd class="figure__value" data-figure="onTimeRate">${rate(model.onTimeRate)}</dd></div>
      <div class="figure"><dt>${msg('满意率', { id: 'mm.stats.satisfactionRate' })}</dt><dd class="figure__value" data-figure="satisfactionRate">${rate(model.satisfactionRate)}</dd></div>
    </dl>
    ${model.byType.length > 0
      ? html`<section class="section" aria-labelledby="mm-stats-type">
          <h3 class="section__title" id="mm-stats-type">${typeTitle}</h3>
          ${chart('mm-chart-type', typeTitle, model.byType, letterTypeLabel, locale)}
          ${table(typeTitle, msg('来信类型', { id: 'mm.field.type' }), model.byType, letterTypeLabel, locale)}
        </section>`
      : nothing}
    ${model.byUnit
      ? html`<section class="section" aria-labelledby="mm-stats-unit">
          <h3 class="section__title" id="mm-stats-unit">${unitTitle}</h3>
          ${chart('mm-chart-unit', unitTitle, model.byUnit, unitLabel, locale)}
          ${table(unitTitle, msg('承办单位', { id: 'mm.letter.unit' }), model.byUnit, unitLabel, locale)}
        </section>`
      : nothing}
    ${model.note ? html`<p class="gk-muted stats__note">${model.note}</p>` : nothing}
  </div>`;
}
