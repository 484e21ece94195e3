/**
 * One power item with every section that exists, in the order the catalog
 * templates use (issue #3): identity, legal basis, conditions, materials,
 * process, time limits, fees, channels, responsibilities and accountability,
 * sub-items, updated date. A missing optional section is left out, never
 * shown empty. All data strings are rendered as text; URLs that are not
 * http(s), mailto, tel or relative are dropped.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, formatDate } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { isSafeUrl } from '@gongkai/schema';
import type { PowerItem } from '@gongkai/schema';
import { formLabel, levelLabel, natureLabel, powerTypeLabel, timeLimitLabel } from '../labels.js';
import { renderFlowchart } from './flowchart.js';

type LegalBasis = NonNullable<PowerItem['legalBasis']>[number];

/** 法律效力层级, highest first; a basis without a rank keeps its place after ranked ones. */
const RANK_ORDER = ['law', 'administrativeRegulation', 'localRegulation', 'departmentalRule', 'localRule', 'normativeDocument', 'other'];

export function sortLegalBasis(bases: readonly LegalBasis[]): LegalBasis[] {
  const rank = (b: LegalBasis) => {
    const i = RANK_ORDER.indexOf(String(b.rank ?? ''));
    return i === -1 ? RANK_ORDER.length : i;
  };
  return bases.map((b, i) => ({ b, i })).sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i).map((x) => x.b);
}

function link(url: string | undefined, label: string | TemplateResult): TemplateResult | string {
  return url && isSafeUrl(url) ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${label}</a>` : label;
}

function section(id: string, title: string, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (body === nothing) return nothing;
  // No aria-labelledby: a named <section> becomes a region landmark, and a dozen
  // landmarks per item would drown the page's own in a screen reader's list.
  return html`<section class="item__section">
    <h3 id=${id}>${title}</h3>
    ${body}
  </section>`;
}

function has<T>(list: readonly T[] | undefined): list is readonly T[] {
  return Array.isArray(list) && list.length > 0;
}

export interface ItemViewContext {
  locale: Locale;
  departmentName: (idOrName: string) => string;
}

export function renderPowerItem(item: PowerItem, ctx: ItemViewContext): TemplateResult {
  const p = `item-${item.id.replace(/[^\w-]/g, '_')}`;
  const limits = item.timeLimits;
  const channels = item.channels;
  const fees = item.fees;
  return html`<article class="item" part="item" aria-labelledby="${p}-title">
    <h2 id="${p}-title" class="item__title" tabindex="-1">${item.name}</h2>
    <dl class="facts">
      ${item.code ? html`<dt>${msg('事项编码', { id: 'pc.field.code' })}</dt><dd>${item.code}</dd>` : nothing}
      <dt>${msg('事项类型', { id: 'pc.field.type' })}</dt><dd>${powerTypeLabel(item.type)}</dd>
      <dt>${msg('实施主体', { id: 'pc.field.department' })}</dt>
      <dd>
        ${ctx.departmentName(item.department)}
        ${item.implementingBody
          ? html`（${natureLabel(item.implementingBody.nature)}${item.implementingBody.entrustingBody
              ? html`，${msg('委托机关：', { id: 'pc.field.entrustingBody' })}${item.implementingBody.entrustingBody}`
              : nothing}）`
          : nothing}
      </dd>
      ${item.handlingUnit ? html`<dt>${msg('承办机构', { id: 'pc.field.handlingUnit' })}</dt><dd>${item.handlingUnit}</dd>` : nothing}
      ${item.level ? html`<dt>${msg('行使层级', { id: 'pc.field.level' })}</dt><dd>${levelLabel(item.level)}</dd>` : nothing}
    </dl>

    ${section(`${p}-basis`, msg('设定依据', { id: 'pc.section.legalBasis' }), has(item.legalBasis)
      ? html`<ol class="basis">
          ${sortLegalBasis(item.legalBasis).map((b) => html`<li>
            <span class="basis__title">${link(b.url, `《${b.title.replace(/^《|》$/g, '')}》`)}</span>
            ${b.docNumber ? html`<span class="muted">（${b.docNumber}）</span>` : nothing}
            ${b.article ? html`<span class="basis__article">${b.article}</span>` : nothing}
            ${b.text ? html`<details class="basis__text"><summary>${msg('条文内容', { id: 'pc.basis.text' })}</summary><div class="pre">${b.text}</div></details>` : nothing}
          </li>`)}
        </ol>`
      : item.incomplete?.includes('legalBasis')
        ? html`<p class="muted basis--unpublished">${msg('未公开', { id: 'pc.basis.unpublished' })}</p>`
        : nothing)}

    ${section(`${p}-conditions`, msg('受理条件', { id: 'pc.section.conditions' }), has(item.conditions)
      ? html`<ol>${item.conditions.map((c) => html`<li class="pre">${c}</li>`)}</ol>`
      : nothing)}

    ${section(`${p}-materials`, msg('申请材料', { id: 'pc.section.materials' }), has(item.materials)
      ? html`<div class="table-wrap" role="region" aria-labelledby="${p}-materials" tabindex="0">
          <table class="table">
            <thead><tr>
              <th scope="col">${msg('材料名称', { id: 'pc.material.name' })}</th>
              <th scope="col">${msg('是否必需', { id: 'pc.material.required' })}</th>
              <th scope="col">${msg('原件/复印件', { id: 'pc.material.copies' })}</th>
              <th scope="col">${msg('形式', { id: 'pc.material.form' })}</th>
              <th scope="col">${msg('样表', { id: 'pc.material.template' })}</th>
            </tr></thead>
            <tbody>${item.materials.map((m) => html`<tr>
              <td>${m.name}${m.note ? html`<div class="muted pre">${m.note}</div>` : nothing}</td>
              <td>${m.required ? msg('必需', { id: 'pc.material.yes' }) : msg('非必需', { id: 'pc.material.no' })}</td>
              <td>${m.originals !== undefined || m.copies !== undefined
                ? html`${msg('原件', { id: 'pc.material.originals' })} ${m.originals ?? 0} / ${msg('复印件', { id: 'pc.material.copiesShort' })} ${m.copies ?? 0}`
                : '—'}</td>
              <td>${m.form ? formLabel(m.form) : '—'}</td>
              <td>${m.templateUrl && isSafeUrl(m.templateUrl) ? link(m.templateUrl, msg('下载', { id: 'pc.material.download' })) : '—'}</td>
            </tr>`)}</tbody>
          </table>
        </div>`
      : nothing)}

    ${section(`${p}-process`, msg('办理流程', { id: 'pc.section.process' }), has(item.process?.steps)
      ? html`${renderFlowchart(item.process!.steps!, p)}`
      : nothing)}

    ${section(`${p}-limits`, msg('办理时限', { id: 'pc.section.timeLimits' }), limits && (limits.statutory || limits.promised || has(limits.excludedProcedures))
      ? html`<dl class="facts">
          ${limits.statutory ? html`<dt>${msg('法定时限', { id: 'pc.limit.statutory' })}</dt><dd>${timeLimitLabel(limits.statutory)}</dd>` : nothing}
          ${limits.promised ? html`<dt>${msg('承诺时限', { id: 'pc.limit.promised' })}</dt><dd>${timeLimitLabel(limits.promised)}</dd>` : nothing}
          ${has(limits.excludedProcedures)
            ? html`<dt>${msg('不计入时限的程序', { id: 'pc.limit.excluded' })}</dt><dd>${limits.excludedProcedures.join('、')}</dd>`
            : nothing}
        </dl>`
      : nothing)}

    ${section(`${p}-fees`, msg('收费', { id: 'pc.section.fees' }), fees
      ? html`<p>${fees.charged ? msg('收费', { id: 'pc.fees.charged' }) : msg('不收费', { id: 'pc.fees.free' })}</p>
          ${has(fees.items)
            ? html`<ul>${fees.items.map((f) => html`<li>${f.name}：${f.standard}<span class="muted">（${msg('依据：', { id: 'pc.fees.basis' })}${f.basis}）</span></li>`)}</ul>`
            : nothing}`
      : nothing)}

    ${section(`${p}-channels`, msg('办理渠道', { id: 'pc.section.channels' }), channels && (has(channels.windows) || channels.onlineApplyUrl || channels.onlineQueryUrl || channels.supervisionPhone || item.onlineUrl)
      ? html`${has(channels.windows)
            ? html`<ul class="windows">${channels.windows.map((w) => html`<li>
                <strong>${w.name}</strong>
                ${w.address ? html`<div>${msg('地址：', { id: 'pc.window.address' })}${w.address}</div>` : nothing}
                ${w.hours ? html`<div>${msg('时间：', { id: 'pc.window.hours' })}${w.hours}</div>` : nothing}
                ${w.phone ? html`<div>${msg('电话：', { id: 'pc.window.phone' })}${link(`tel:${w.phone.replace(/[^\d+-]/g, '')}`, w.phone)}</div>` : nothing}
              </li>`)}</ul>`
            : nothing}
          <ul class="links">
            ${channels.onlineApplyUrl && isSafeUrl(channels.onlineApplyUrl) ? html`<li>${link(channels.onlineApplyUrl, msg('网上申办', { id: 'pc.channel.apply' }))}</li>` : nothing}
            ${!channels.onlineApplyUrl && item.onlineUrl && isSafeUrl(item.onlineUrl) ? html`<li>${link(item.onlineUrl, msg('网上申办', { id: 'pc.channel.apply' }))}</li>` : nothing}
            ${channels.onlineQueryUrl && isSafeUrl(channels.onlineQueryUrl) ? html`<li>${link(channels.onlineQueryUrl, msg('办件查询', { id: 'pc.channel.query' }))}</li>` : nothing}
          </ul>
          ${channels.supervisionPhone ? html`<p>${msg('监督电话：', { id: 'pc.channel.supervision' })}${channels.supervisionPhone}</p>` : nothing}`
      : item.onlineUrl && isSafeUrl(item.onlineUrl)
        ? html`<p>${link(item.onlineUrl, msg('网上申办', { id: 'pc.channel.apply' }))}</p>`
        : nothing)}

    ${section(`${p}-duties`, msg('责任事项', { id: 'pc.section.responsibilities' }), has(item.responsibilities)
      ? html`<div class="table-wrap" role="region" aria-labelledby="${p}-duties" tabindex="0"><table class="table">
          <thead><tr>
            <th scope="col">${msg('环节', { id: 'pc.duty.stage' })}</th>
            <th scope="col">${msg('责任内容', { id: 'pc.duty.duties' })}</th>
            <th scope="col">${msg('时限', { id: 'pc.duty.limit' })}</th>
          </tr></thead>
          <tbody>${item.responsibilities.map((r) => html`<tr><th scope="row">${r.stage}</th><td class="pre">${r.duties}</td><td>${r.timeLimit ?? '—'}</td></tr>`)}</tbody>
        </table></div>`
      : nothing)}

    ${section(`${p}-accountability`, msg('追责情形', { id: 'pc.section.accountability' }), has(item.accountability)
      ? html`<ol>${item.accountability.map((a) => html`<li class="pre">${a}</li>`)}</ol>`
      : nothing)}

    ${section(`${p}-sub`, msg('子项', { id: 'pc.section.subItems' }), has(item.subItems)
      ? html`<ul>${item.subItems.map((s) => html`<li>${s.name}${s.code ? html` <span class="muted">${s.code}</span>` : nothing}</li>`)}</ul>`
      : nothing)}

    ${item.updatedAt ? html`<p class="muted updated">${msg('更新日期：', { id: 'pc.field.updatedAt' })}${formatDate(item.updatedAt, ctx.locale)}</p>` : nothing}
  </article>`;
}
