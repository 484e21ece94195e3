/**
 * One letter: subject, number, type, date, status, handling unit, the content as published
 * (personal data already masked by the publisher — shown exactly as given), every reply with its
 * unit and date, and the writer's satisfaction rating. All of it is text, never HTML.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, formatDate } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { PublicLetter } from '@gongkai/schema';
import { letterStatusLabel, letterTypeLabel, satisfactionLabel } from '../labels.js';

const sectionTitle = (level: 2 | 3, text: string): TemplateResult =>
  level === 2 ? html`<h3 class="section__title">${text}</h3>` : html`<h4 class="section__title">${text}</h4>`;

export function renderLetterBody(letter: PublicLetter, locale: Locale, headingLevel: 2 | 3 = 2): TemplateResult {
  const title = headingLevel === 2
    ? html`<h2 class="letter__subject" tabindex="-1">${letter.subject}</h2>`
    : html`<h3 class="letter__subject" tabindex="-1">${letter.subject}</h3>`;
  return html`<article class="letter" part="letter">
    ${title}
    <dl class="meta">
      <div><dt>${msg('信件编号', { id: 'mm.letter.number' })}</dt><dd>${letter.letterNumber}</dd></div>
      <div><dt>${msg('来信类型', { id: 'mm.field.type' })}</dt><dd>${letterTypeLabel(letter.type)}</dd></div>
      <div><dt>${msg('来信时间', { id: 'mm.letter.submittedAt' })}</dt><dd>${formatDate(letter.submittedAt, locale)}</dd></div>
      <div><dt>${msg('办理状态', { id: 'mm.facet.status' })}</dt><dd>${letterStatusLabel(letter.status)}</dd></div>
      ${letter.handlingUnit ? html`<div><dt>${msg('承办单位', { id: 'mm.letter.unit' })}</dt><dd>${letter.handlingUnit}</dd></div>` : nothing}
      ${letter.satisfaction ? html`<div><dt>${msg('满意度评价', { id: 'mm.letter.satisfaction' })}</dt><dd class="satisfaction">${satisfactionLabel(letter.satisfaction)}</dd></div>` : nothing}
    </dl>
    <section class="letter__section">
      ${sectionTitle(headingLevel, msg('来信内容', { id: 'mm.letter.content' }))}
      <p class="letter__text">${letter.content}</p>
    </section>
    <section class="letter__section">
      ${sectionTitle(headingLevel, msg('答复', { id: 'mm.letter.replies' }))}
      ${letter.replies.length === 0
        ? html`<p class="gk-muted">${msg('尚未答复。', { id: 'mm.letter.noReply' })}</p>`
        : html`<ol class="replies">${letter.replies.map((reply) => html`<li class="reply">
            <p class="reply__meta"><strong>${reply.unit}</strong> <span class="gk-muted">${formatDate(reply.repliedAt, locale)}</span></p>
            <p class="letter__text">${reply.content}</p>
          </li>`)}</ol>`}
    </section>
  </article>`;
}
