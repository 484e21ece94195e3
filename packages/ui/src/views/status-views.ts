/**
 * Loading, empty and error views: what an element shows instead of its
 * content while data is on the way, when nothing matches, and when the data
 * cannot be used.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../localize/msg.js';
import { formatBytes, formatNumber } from '../localize/format.js';
import type { Locale } from '../localize/locale.js';

export interface LoadProgress {
  loaded: number;
  total?: number;
}

export function renderLoading(locale: Locale, progress?: LoadProgress): TemplateResult {
  const label = msg('正在加载数据…', { id: 'ui.loading' });
  const total = progress?.total;
  return html`<div class="gk-status gk-loading" part="loading" role="status" aria-live="polite">
    <span class="gk-spinner" aria-hidden="true"></span>
    <span>${label}</span>
    ${progress && total
      ? html`<progress max=${total} value=${progress.loaded} aria-label=${label}></progress>
          <span class="gk-muted">${formatBytes(progress.loaded, locale)} / ${formatBytes(total, locale)}</span>`
      : progress && progress.loaded > 0
        ? html`<span class="gk-muted">${formatBytes(progress.loaded, locale)}</span>`
        : nothing}
  </div>`;
}

export interface EmptyOptions {
  /** Offer to clear search text and filters, when any are set. */
  onClearFilters?: () => void;
  message?: string;
}

export function renderEmpty(options: EmptyOptions = {}): TemplateResult {
  return html`<div class="gk-status gk-empty" part="empty" role="status">
    <p>${options.message ?? msg('没有找到符合条件的内容。', { id: 'ui.empty' })}</p>
    ${options.onClearFilters
      ? html`<button type="button" class="gk-button" @click=${options.onClearFilters}>${msg('清除搜索和筛选条件', { id: 'ui.empty.clear' })}</button>`
      : nothing}
  </div>`;
}

export interface ErrorViewModel {
  /** What happened, already in the reader's language. */
  message: string;
  /** Problems with their JSON paths, for broken data. */
  issues?: Array<{ path: string; message: string }>;
  /** What the reader (usually the webmaster) can do about it. */
  advice?: string;
  /** The file or address the data came from. */
  url?: string;
  onRetry?: () => void;
}

/** At most this many problems are listed: a file with 10,000 bad rows must not flood the page. */
const MAX_LISTED_ISSUES = 20;

export function renderError(model: ErrorViewModel, locale: Locale): TemplateResult {
  const issues = model.issues ?? [];
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  return html`<div class="gk-status gk-error" part="error" role="alert">
    <h2 class="gk-error__title">${msg('数据无法显示', { id: 'ui.error.title' })}</h2>
    <p>${model.message}</p>
    ${model.url ? html`<p class="gk-muted">${msg('数据地址：', { id: 'ui.error.url' })}<code>${model.url}</code></p>` : nothing}
    ${listed.length
      ? html`<ul class="gk-error__issues">
          ${listed.map((issue) => html`<li><code class="gk-path">${issue.path || '(root)'}</code> ${issue.message}</li>`)}
        </ul>`
      : nothing}
    ${more > 0 ? html`<p class="gk-muted">${msg(str`另有 ${formatNumber(more, locale)} 处问题未列出。`, { id: 'ui.error.more' })}</p>` : nothing}
    ${model.advice ? html`<p>${model.advice}</p>` : nothing}
    ${model.onRetry ? html`<button type="button" class="gk-button" @click=${model.onRetry}>${msg('重试', { id: 'ui.error.retry' })}</button>` : nothing}
  </div>`;
}

/**
 * A visible note that some records were left out because they failed validation; `message` words
 * it for the element's records ("封信件") given the formatted count.
 */
export function renderSkippedNotice(skippedCount: number, locale: Locale, message?: (count: string) => string): TemplateResult | typeof nothing {
  if (skippedCount <= 0) return nothing;
  const count = formatNumber(skippedCount, locale);
  return html`<p class="gk-notice" part="skipped-notice" role="note">
    ${message ? message(count) : msg(str`有 ${count} 条数据格式有误，未予显示。`, { id: 'ui.skipped' })}
  </p>`;
}
