/**
 * Lookup by letter number + query code: the letter's timeline — the server's events (every status
 * change with its time, the unit it went to or that answered, the reason of a rejection) or,
 * from a server without events, the closed loop of docs/domain.md §5 drawn from status and dates — its
 * content and replies, and — once replied and not yet rated — the one-time satisfaction rating
 * (满意 / 基本满意 / 不满意, optional comment).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str, formatDate, optionalMark } from '@gongkai/ui';
import { renderLookupField } from '@gongkai/ui/lookup';
import type { Locale, LookupState } from '@gongkai/ui';
import type { LetterEvent, WriterLetter } from '@gongkai/schema';
import { SATISFACTION_LEVELS, letterStatusLabel, satisfactionLabel } from '../labels.js';
import { renderLetterBody } from './letter-view.js';

export const RATING_COMMENT_MAX = 500;

export interface RatingState {
  satisfaction: string;
  comment: string;
  error: string | undefined;
  busy: boolean;
  failure: string | undefined;
  /** The rating the server accepted in this visit. */
  done: boolean;
}

export interface LookupViewModel {
  lookup: LookupState<WriterLetter>;
  rating: RatingState;
  locale: Locale;
  onInput: (field: 'number' | 'code', value: string) => void;
  onSubmit: (event: Event) => void;
  onRatingInput: (field: 'satisfaction' | 'comment', value: string) => void;
  onRate: (event: Event) => void;
}

/** The main path of the closed loop; `rejected` branches off after `received`. */
const PATH = ['received', 'accepted', 'assigned', 'inProgress', 'replied', 'rated', 'closed'] as const;

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** 2026年10月23日 17:00 — events of one day need their time; shown in China Standard Time. */
function formatDateTime(value: string, locale: Locale): string {
  const date = formatDate(value, locale);
  const instant = Date.parse(value);
  if (value.length <= 10 || Number.isNaN(instant)) return date;
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh-Hant' ? 'zh-TW' : locale === 'en' ? 'en' : 'zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' });
    timeFormats.set(locale, format);
  }
  return `${date} ${format.format(instant)}`;
}

/** The server's events, oldest first; the last one is where the letter is now. */
function renderEvents(events: readonly LetterEvent[], locale: Locale): TemplateResult {
  return html`<ol class="timeline timeline--events" aria-label=${msg('办理进度', { id: 'mm.lookup.timeline' })}>
    ${events.map((event, i) => {
      const current = i === events.length - 1;
      return html`<li class="timeline__step timeline__step--${current ? 'current' : 'done'}" aria-current=${current ? 'step' : 'false'}>
        <span class="timeline__label">${letterStatusLabel(event.status)}</span>
        <time class="gk-muted" datetime=${event.at}>${formatDateTime(event.at, locale)}</time>
        ${current ? html`<span class="gk-visually-hidden">${msg('（当前）', { id: 'mm.lookup.current' })}</span>` : nothing}
        ${event.unit
          ? html`<span class="timeline__unit">${event.status === 'assigned'
              ? msg(str`交由${event.unit}办理`, { id: 'mm.lookup.assignedTo' })
              : msg(str`办理单位：${event.unit}`, { id: 'mm.lookup.eventUnit' })}</span>`
          : nothing}
        ${event.note ? html`<p class="timeline__note">${event.note}</p>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function renderTimeline(letter: WriterLetter, locale: Locale): TemplateResult {
  if (letter.events && letter.events.length > 0) return renderEvents(letter.events, locale);
  const steps: string[] = letter.status === 'rejected' ? ['received', 'rejected'] : [...PATH];
  const current = steps.indexOf(letter.status);
  return html`<ol class="timeline" aria-label=${msg('办理进度', { id: 'mm.lookup.timeline' })}>
    ${steps.map((step, i) => {
      const state = i < current ? 'done' : i === current ? 'current' : 'todo';
      const when = step === 'received' ? letter.submittedAt : step === 'replied' ? letter.replies[0]?.repliedAt : undefined;
      return html`<li class="timeline__step timeline__step--${state}" aria-current=${state === 'current' ? 'step' : 'false'}>
        <span class="timeline__label">${letterStatusLabel(step)}</span>
        ${when && state !== 'todo' ? html` <span class="gk-muted">${formatDate(when, locale)}</span>` : nothing}
        ${state === 'current' ? html`<span class="gk-visually-hidden">${msg('（当前）', { id: 'mm.lookup.current' })}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function renderRating(m: LookupViewModel, letter: WriterLetter): TemplateResult | typeof nothing {
  const r = m.rating;
  if (r.done) {
    return html`<p class="gk-notice rating-done" role="status">${msg(str`感谢您的评价：${satisfactionLabel(letter.satisfaction ?? r.satisfaction)}。`, { id: 'mm.rating.thanks' })}</p>`;
  }
  if (letter.satisfaction) {
    return html`<p class="gk-muted">${msg(str`您已评价：${satisfactionLabel(letter.satisfaction)}。每封信件只能评价一次。`, { id: 'mm.rating.already' })}</p>`;
  }
  if (letter.status !== 'replied') return nothing;
  return html`<form class="rating" part="rating" novalidate @submit=${m.onRate}>
    <fieldset class="field ${r.error ? 'field--error' : ''}" aria-describedby=${r.error ? 'mm-rating-error' : nothing}>
      <legend class="field__label">${msg('您对答复是否满意？', { id: 'mm.rating.legend' })}</legend>
      ${r.error ? html`<p class="field__error" id="mm-rating-error">${r.error}</p>` : nothing}
      <div class="choices__list">
        ${SATISFACTION_LEVELS.map((level, i) => html`<div class="choice">
          <input type="radio" name="satisfaction" id=${i === 0 ? 'mm-rating' : `mm-rating-${level}`} value=${level}
            .checked=${live(r.satisfaction === level)} @change=${() => m.onRatingInput('satisfaction', level)} />
          <label for=${i === 0 ? 'mm-rating' : `mm-rating-${level}`}>${satisfactionLabel(level)}</label>
        </div>`)}
      </div>
    </fieldset>
    <div class="field">
      <label class="field__label" for="mm-rating-comment">${msg('评价意见', { id: 'mm.rating.comment' })}${optionalMark(true)}</label>
      <textarea class="field__input field__input--long" id="mm-rating-comment" rows="3" maxlength=${RATING_COMMENT_MAX}
        .value=${live(r.comment)} @input=${(event: Event) => m.onRatingInput('comment', (event.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    ${r.failure ? html`<p class="field__error" role="alert">${r.failure}</p>` : nothing}
    <button type="submit" class="gk-button gk-button--primary rate" ?disabled=${r.busy}>${r.busy ? msg('正在提交评价…', { id: 'mm.rating.sending' }) : msg('提交评价', { id: 'mm.rating.submit' })}</button>
  </form>`;
}

export function renderLookup(m: LookupViewModel): TemplateResult {
  const l = m.lookup;
  const field = (name: 'number' | 'code', id: string, label: string) => renderLookupField({ id, label, value: l[name], error: l.errors[name], onInput: (value) => m.onInput(name, value) });
  return html`<div class="lookup" part="lookup">
    <form class="lookup__form" novalidate @submit=${m.onSubmit}>
      ${field('number', 'mm-lookup-letterNumber', msg('信件编号', { id: 'mm.letter.number' }))}
      ${field('code', 'mm-lookup-queryCode', msg('查询码', { id: 'mm.receipt.queryCode' }))}
      <button type="submit" class="gk-button gk-button--primary" ?disabled=${l.busy}>${msg('查询', { id: 'mm.lookup.submit' })}</button>
    </form>
    <div role="status" aria-live="polite">
      ${l.busy ? html`<p>${msg('正在查询…', { id: 'mm.lookup.busy' })}</p>` : nothing}
      ${l.notFound ? html`<p class="gk-notice not-found">${msg('没有找到这封信件。请核对信件编号和查询码（区分大小写）后重试。', { id: 'mm.lookup.notFound' })}</p>` : nothing}
    </div>
    ${l.failure ? html`<p class="field__error" role="alert">${l.failure}</p>` : nothing}
    ${l.result
      ? html`<section class="lookup__result" aria-labelledby="mm-lookup-status">
          <h3 class="lookup__status" id="mm-lookup-status" tabindex="-1">${msg(str`办理状态：${letterStatusLabel(l.result.status)}`, { id: 'mm.lookup.status' })}</h3>
          ${renderTimeline(l.result, m.locale)}
          ${renderRating(m, l.result)}
          ${renderLetterBody(l.result, m.locale, 3)}
        </section>`
      : nothing}
  </div>`;
}
