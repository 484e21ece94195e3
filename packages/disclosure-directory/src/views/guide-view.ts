/**
 * 政府信息公开指南 (Regulation Art. 12): how to apply, where, when, by which
 * channel, fees and remedies, with a link to the portal's application form
 * (`request-url`, the page holding <gk-disclosure-request>).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, formatDate } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { isSafeUrl } from '@gongkai/schema';
import type { DisclosureGuide } from '@gongkai/schema';
import { textParagraphs } from '../plain-text.js';

function fact(label: string, value: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  return value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
}

function link(url: string | undefined, label: string): TemplateResult | undefined {
  return url && isSafeUrl(url) ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${label}</a>` : undefined;
}

function paragraphs(text: string | undefined): TemplateResult | typeof nothing {
  return text?.trim() ? html`${textParagraphs(text).map((p) => html`<p>${p}</p>`)}` : nothing;
}

function section(title: string, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  return body === nothing ? nothing : html`<section class="doc__section"><h3>${title}</h3>${body}</section>`;
}

export function renderGuide(guide: DisclosureGuide, requestUrl: string | undefined, locale: Locale): TemplateResult {
  const phone = guide.phone ? html`<a href=${`tel:${guide.phone.replace(/[^\d+-]/g, '')}`}>${guide.phone}</a>` : undefined;
  const email = guide.email ? link(`mailto:${guide.email}`, guide.email) : undefined;
  const request = requestUrl && isSafeUrl(requestUrl) ? requestUrl : undefined;
  return html`<article class="doc guide" part="guide" aria-labelledby="dd-guide-title">
    <h2 id="dd-guide-title" class="doc__title" tabindex="-1">${msg('政府信息公开指南', { id: 'dd.guide.title' })}</h2>
    ${request
      ? html`<p><a class="gk-button gk-button--primary request-link" href=${request}>${msg('在线申请政府信息公开', { id: 'dd.guide.request' })}</a></p>`
      : nothing}
    ${section(msg('申请方式', { id: 'dd.guide.howToApply' }), paragraphs(guide.howToApply))}
    ${section(
      msg('受理机构', { id: 'dd.guide.office' }),
      guide.office || guide.address || guide.hours || guide.phone || guide.fax || guide.email || guide.postcode || guide.onlineUrl
        ? html`<dl class="facts">
            ${fact(msg('名称', { id: 'dd.guide.officeName' }), guide.office)}
            ${fact(msg('地址', { id: 'dd.guide.address' }), guide.address)}
            ${fact(msg('邮政编码', { id: 'dd.guide.postcode' }), guide.postcode)}
            ${fact(msg('办公时间', { id: 'dd.guide.hours' }), guide.hours)}
            ${fact(msg('联系电话', { id: 'dd.guide.phone' }), phone)}
            ${fact(msg('传真', { id: 'dd.guide.fax' }), guide.fax)}
            ${fact(msg('电子邮箱', { id: 'dd.guide.email' }), email)}
            ${fact(msg('网上申请渠道', { id: 'dd.guide.online' }), link(guide.onlineUrl, guide.onlineUrl ?? ''))}
          </dl>`
        : nothing,
    )}
    ${section(msg('收费', { id: 'dd.guide.fees' }), paragraphs(guide.fees))}
    ${section(msg('救济途径', { id: 'dd.guide.remedies' }), paragraphs(guide.remedies))}
    ${link(guide.url, msg('查看完整的公开指南', { id: 'dd.guide.fullGuide' })) ? html`<p>${link(guide.url, msg('查看完整的公开指南', { id: 'dd.guide.fullGuide' }))}</p>` : nothing}
    ${guide.updatedAt ? html`<p class="muted">${msg('更新日期：', { id: 'dd.guide.updatedAt' })}${formatDate(guide.updatedAt, locale)}</p>` : nothing}
  </article>`;
}
