/**
 * One document: the standard metadata table of the 2008 directory guideline
 * (索引号, 分类, 发布机构, 生成日期, 公布日期, 文号, 主题词, 有效性, 公开属性),
 * the 内容概述, the body and the attachments. Missing fields are left out,
 * never shown empty. Data strings are text; the only markup is an HTML body
 * that has been through the sanitizer; links must pass isSafeUrl.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str, formatDate, formatBytes } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { isSafeUrl } from '@gongkai/schema';
import type { DisclosureDocument } from '@gongkai/schema';
import { SCHEME_ORDER, categoryPath } from '../category-tree.js';
import type { CategoryIndex, CategoryScheme } from '../category-tree.js';
import { validityLabel } from '../labels.js';
import { textParagraphs } from '../plain-text.js';
import { renderValidityBadge } from './validity-badge.js';

/** Row heading of a scheme in the document's metadata table (主题分类, 体裁分类…). */
function schemeFieldLabel(scheme: CategoryScheme): string {
  switch (scheme) {
    case 'topic': return msg('主题分类', { id: 'dd.field.topic' });
    case 'genre': return msg('体裁分类', { id: 'dd.field.genre' });
    case 'organ': return msg('机构分类', { id: 'dd.field.organ' });
    case 'audience': return msg('服务对象分类', { id: 'dd.field.audience' });
  }
}

function disclosureTypeLabel(type: string): string {
  switch (type) {
    case 'proactive': return msg('主动公开', { id: 'dd.disclosure.proactive' });
    case 'onRequest': return msg('依申请公开', { id: 'dd.disclosure.onRequest' });
    default: return type;
  }
}

export interface DocumentViewContext {
  locale: Locale;
  categories: CategoryIndex;
  /** Sanitized markup of an HTML body; undefined while the sanitizer loads. */
  bodyHtml: string | undefined;
  /** The sanitizer could not be loaded: the body is shown as plain text. */
  bodyFallbackText: string | undefined;
}

function row(label: string, value: TemplateResult | string | typeof nothing): TemplateResult {
  return html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
}

/** Category names of one scheme, each with its path (政务公开 › 财政信息). */
function categoriesBySchemes(doc: DisclosureDocument, index: CategoryIndex): Array<[CategoryScheme, string[]]> {
  const found = new Map<CategoryScheme, string[]>();
  for (const id of doc.categoryIds) {
    const node = index.byId.get(id);
    const scheme = node?.scheme ?? 'topic';
    const name = node ? categoryPath(node).join(' › ') : id;
    found.set(scheme, [...(found.get(scheme) ?? []), name]);
  }
  return SCHEME_ORDER.filter((s) => found.has(s)).map((s) => [s, found.get(s)!]);
}

function validityText(doc: DisclosureDocument, locale: Locale): TemplateResult | typeof nothing {
  const validity = doc.validity;
  if (!validity) return nothing;
  const from = validity.from ? formatDate(validity.from, locale) : '';
  const until = validity.until ? formatDate(validity.until, locale) : '';
  return html`${validity.status === 'unknown' ? validityLabel('unknown') : renderValidityBadge(validity.status)}
    ${from ? html`<span class="validity-date">${msg(str`${from}起`, { id: 'dd.validity.from' })}</span>` : nothing}
    ${until ? html`<span class="validity-date">${msg(str`${until}止`, { id: 'dd.validity.until' })}</span>` : nothing}`;
}

function renderBody(doc: DisclosureDocument, ctx: DocumentViewContext): TemplateResult | typeof nothing {
  const body = doc.body;
  if (!body || body.content.trim() === '') return nothing;
  if (body.format === 'html') {
    if (ctx.bodyHtml !== undefined) return html`<div class="doc__body doc__body--html">${unsafeHTML(ctx.bodyHtml)}</div>`;
    if (ctx.bodyFallbackText !== undefined) return html`<div class="doc__body">${textParagraphs(ctx.bodyFallbackText).map((p) => html`<p>${p}</p>`)}</div>`;
    return html`<p class="muted" role="status">${msg('正在载入正文…', { id: 'dd.doc.bodyLoading' })}</p>`;
  }
  return html`<div class="doc__body">${textParagraphs(body.content).map((p) => html`<p>${p}</p>`)}</div>`;
}

function attachmentLabel(attachment: NonNullable<DisclosureDocument['attachments']>[number], locale: Locale): string {
  const parts = [attachment.type ? attachment.type.replace(/^application\//, '').toUpperCase() : '', attachment.size !== undefined ? formatBytes(attachment.size, locale) : '']
    .filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

export function renderDocument(doc: DisclosureDocument, ctx: DocumentViewContext): TemplateResult {
  const p = `doc-${doc.id.replace(/[^\w-]/g, '_')}`;
  const body = renderBody(doc, ctx);
  const attachments = doc.attachments ?? [];
  return html`<article class="doc" part="document" aria-labelledby="${p}-title">
    <h2 id="${p}-title" class="doc__title" tabindex="-1">${doc.title}</h2>
    <div class="table-wrap">
      <table class="meta-table" part="metadata">
        <caption class="gk-visually-hidden">${msg('文件信息', { id: 'dd.doc.metadata' })}</caption>
        <tbody>
          ${row(msg('索引号', { id: 'dd.field.indexNumber' }), doc.indexNumber)}
          ${categoriesBySchemes(doc, ctx.categories).map(([scheme, names]) => row(schemeFieldLabel(scheme), names.join('；')))}
          ${row(msg('发布机构', { id: 'dd.field.publisher' }), doc.publisher)}
          ${doc.createdAt ? row(msg('生成日期', { id: 'dd.field.createdAt' }), formatDate(doc.createdAt, ctx.locale)) : nothing}
          ${row(msg('公布日期', { id: 'dd.field.publishedAt' }), formatDate(doc.publishedAt, ctx.locale))}
          ${doc.documentNumber ? row(msg('文号', { id: 'dd.field.documentNumber' }), doc.documentNumber) : nothing}
          ${doc.keywords?.length ? row(msg('主题词', { id: 'dd.field.keywords' }), doc.keywords.join(' ')) : nothing}
          ${doc.validity ? row(msg('有效性', { id: 'dd.field.validity' }), validityText(doc, ctx.locale)) : nothing}
          ${doc.disclosureType ? row(msg('公开属性', { id: 'dd.field.disclosureType' }), disclosureTypeLabel(doc.disclosureType)) : nothing}
        </tbody>
      </table>
    </div>
    ${doc.summary?.trim()
      ? html`<section class="doc__section"><h3>${msg('内容概述', { id: 'dd.field.summary' })}</h3><p class="pre">${doc.summary}</p></section>`
      : nothing}
    ${body === nothing ? nothing : html`<section class="doc__section"><h3>${msg('正文', { id: 'dd.doc.body' })}</h3>${body}</section>`}
    ${attachments.length
      ? html`<section class="doc__section"><h3>${msg('附件', { id: 'dd.doc.attachments' })}</h3>
          <ul class="attachments">
            ${attachments.map((a) => html`<li>
              ${isSafeUrl(a.url) ? html`<a href=${a.url} rel="noopener noreferrer" target="_blank">${a.name}</a>` : a.name}<span class="muted">${attachmentLabel(a, ctx.locale)}</span>
            </li>`)}
          </ul>
        </section>`
      : nothing}
    ${doc.url && isSafeUrl(doc.url)
      ? html`<p class="no-print"><a href=${doc.url} rel="noopener noreferrer" target="_blank">${msg('查看原文页面', { id: 'dd.doc.original' })}</a></p>`
      : nothing}
  </article>`;
}
