/** `<gk-wb-request-queue>`: the applications of the caller's agencies (依申请公开办理). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import type { Page, StaffRequest } from '../api/types.js';
import { OPEN_REQUEST_STATUSES } from '../due.js';
import { REQUEST_STATUSES, requestStatusLabel } from '../labels.js';
import { routeHref, type Route } from '../router.js';
import { pendingApprovalToggle, QueuePage, renderApprovalBadge, type QueueFilter } from './queue-page.js';

export class GkWbRequestQueue extends QueuePage<StaffRequest> {
  protected heading(): string {
    return msg('依申请公开办理', { id: 'wb.requests.title' });
  }

  protected findLabel(): string {
    return msg('按受理编号打开申请', { id: 'wb.requests.find' });
  }

  protected searchHint(): string {
    return msg('受理编号、申请人姓名（全名）或申请内容中的词语', { id: 'wb.requests.searchHint' });
  }

  protected filters(): QueueFilter[] {
    const agencies = this.user?.agencies ?? [];
    return [
      ...(agencies.length > 1
        ? [{ name: 'agencyId', label: () => msg('机关', { id: 'wb.filter.agency' }), options: () => agencies.map((agency) => ({ value: agency.id, label: agency.name })) }]
        : []),
      { name: 'status', label: () => msg('状态', { id: 'wb.filter.status' }), options: () => REQUEST_STATUSES.map((status) => ({ value: status, label: requestStatusLabel(status) })) },
    ];
  }

  protected override toggles() {
    return pendingApprovalToggle(this.user);
  }

  protected load(query: URLSearchParams): Promise<Page<StaffRequest>> {
    return this.api!.listRequests(query);
  }

  protected isOpen(item: StaffRequest): boolean {
    return OPEN_REQUEST_STATUSES.includes(item.status);
  }

  protected routeFor(query: URLSearchParams): Route {
    return { page: 'requests', query };
  }

  protected itemRoute(id: string): Route {
    return { page: 'request', id };
  }

  protected renderItem(item: StaffRequest, badge: TemplateResult | typeof nothing): TemplateResult {
    const agency = this.user?.agencies.find((a) => a.id === item.agencyId);
    return html`<li>
      <a class="queue__title" href=${routeHref({ page: 'request', id: item.trackingNumber })}>${item.trackingNumber}</a> ${badge} ${renderApprovalBadge(item)}
      <div>${excerpt(item.request.description)}</div>
      <div class="queue__meta">
        <span>${requestStatusLabel(item.status)}</span>
        <span>${this.dueText(item.dueDate)}</span>
        <span>${msg('提交于', { id: 'wb.queue.submitted' })} ${formatDate(item.submittedAt, this.locale)}</span>
        ${agency && (this.user?.agencies.length ?? 0) > 1 ? html`<span>${agency.name}</span>` : nothing}
      </div>
    </li>`;
  }
}

/** The first words of a description, enough to recognise an application in a list. */
export function excerpt(text: string | undefined, length = 60): string {
  const chars = [...(text ?? '').replace(/\s+/g, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}
