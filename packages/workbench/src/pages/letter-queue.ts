/** `<gk-wb-letter-queue>`: the mailbox letters of the caller's agencies (市长信箱办理). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import type { Page, StaffLetter } from '../api/types.js';
import { CLOSED_LETTER_STATUSES } from '../due.js';
import { LETTER_STATUSES, LETTER_TYPES, letterStatusLabel, letterTypeLabel } from '../labels.js';
import { routeHref, type Route } from '../router.js';
import { pendingApprovalToggle, QueuePage, renderApprovalBadge, type QueueFilter } from './queue-page.js';
import { excerpt } from './request-queue.js';

export class GkWbLetterQueue extends QueuePage<StaffLetter> {
  protected heading(): string {
    return msg('来信办理', { id: 'wb.letters.title' });
  }

  protected findLabel(): string {
    return msg('按信件编号打开来信', { id: 'wb.letters.find' });
  }

  protected searchHint(): string {
    return msg('信件编号、来信人姓名（全名）或标题、内容中的词语', { id: 'wb.letters.searchHint' });
  }

  protected filters(): QueueFilter[] {
    return [
      { name: 'status', label: () => msg('状态', { id: 'wb.filter.status' }), options: () => LETTER_STATUSES.map((status) => ({ value: status, label: letterStatusLabel(status) })) },
      { name: 'type', label: () => msg('类型', { id: 'wb.filter.type' }), options: () => LETTER_TYPES.map((type) => ({ value: type, label: letterTypeLabel(type) })) },
    ];
  }

  protected override toggles() {
    return pendingApprovalToggle(this.user);
  }

  protected load(query: URLSearchParams): Promise<Page<StaffLetter>> {
    return this.api!.listLetters(query);
  }

  protected isOpen(item: StaffLetter): boolean {
    return !CLOSED_LETTER_STATUSES.includes(item.status);
  }

  protected routeFor(query: URLSearchParams): Route {
    return { page: 'letters', query };
  }

  protected itemRoute(id: string): Route {
    return { page: 'letter', id };
  }

  protected renderItem(item: StaffLetter, badge: TemplateResult | typeof nothing): TemplateResult {
    return html`<li>
      <a class="queue__title" href=${routeHref({ page: 'letter', id: item.letterNumber })}>${item.letterNumber}</a> ${badge} ${renderApprovalBadge(item)}
      <div>${excerpt(item.letter.subject)}</div>
      <div class="queue__meta">
        <span>${letterTypeLabel(item.type)}</span>
        <span>${letterStatusLabel(item.status)}</span>
        <span>${this.dueText(item.dueDate)}</span>
        <span>${msg('来信于', { id: 'wb.queue.received' })} ${formatDate(item.submittedAt, this.locale)}</span>
        ${item.leadUnit ? html`<span>${item.leadUnit}</span>` : nothing}
      </div>
    </li>`;
  }
}
