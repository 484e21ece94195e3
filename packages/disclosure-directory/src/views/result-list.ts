/** The page of documents: title (a link that opens the document), validity, 文号, publisher, date and 索引号, matches marked. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, formatDate, renderItemLink, markMatches } from '@gongkai/ui';
import type { CollectionController, Locale } from '@gongkai/ui';
import type { DisclosureDocument } from '@gongkai/schema';
import { VOID_STATUSES } from '../labels.js';
import { renderValidityBadge } from './validity-badge.js';

type DocumentList = CollectionController<DisclosureDocument>;

/** A link that opens `doc` in place (with a history entry); its title's matches marked unless `highlight` is false. */
export function renderDocLink(list: DocumentList, doc: DisclosureDocument, highlight = true): TemplateResult {
  return renderItemLink(list, doc.id, 'doc-link', highlight ? markMatches(list, doc.title) : doc.title);
}

export function renderResultList(list: DocumentList, docs: readonly DisclosureDocument[], locale: Locale): TemplateResult {
  return html`<ul class="results" part="results" tabindex="-1" aria-label=${msg('信息列表', { id: 'dd.results.label' })}>
    ${docs.map((doc) => {
      const status = doc.validity?.status;
      const isVoid = status !== undefined && VOID_STATUSES.includes(status);
      return html`<li class=${isVoid ? 'result result--void' : 'result'}>
        <h3 class="result__title">${renderDocLink(list, doc)} ${renderValidityBadge(status)}</h3>
        <p class="result__meta">
          ${doc.documentNumber ? html`<span><span class="muted">${msg('文号：', { id: 'dd.list.documentNumber' })}</span>${markMatches(list, doc.documentNumber)}</span>` : nothing}
          <span><span class="muted">${msg('发布机构：', { id: 'dd.list.publisher' })}</span>${doc.publisher}</span>
          <span><span class="muted">${msg('公布日期：', { id: 'dd.list.publishedAt' })}</span>${formatDate(doc.publishedAt, locale)}</span>
        </p>
        <p class="result__meta result__index muted">${msg('索引号：', { id: 'dd.list.indexNumber' })}${markMatches(list, doc.indexNumber)}</p>
      </li>`;
    })}
  </ul>`;
}
