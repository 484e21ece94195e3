/**
 * The four-eyes state of an application or letter (docs/staff.md "Four-eyes approval"): a
 * proposal awaiting approval — who proposed it and when — or one sent back, with the approver's
 * note for the proposer. The page puts the proposal itself beside what it answers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg, str } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { Approval, ApprovalStep } from '../api/types.js';

export function renderApprovalNotice(approval: Approval | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!approval) return nothing;
  const proposed = msg(str`${approval.proposedBy} 于 ${formatDate(approval.proposedAt, locale)} 提交`, { id: 'wb.approval.proposedBy' });
  if (approval.state === 'pending') {
    return html`<p class="approval approval--pending"><span class="badge badge--soon">${msg('待审核', { id: 'wb.approval.pending' })}</span> ${proposed}</p>`;
  }
  return html`<div class="approval approval--returned" role="note">
    <p><span class="badge badge--overdue">${msg('已退回修改', { id: 'wb.approval.returned' })}</span> ${proposed}；${msg(
      str`${approval.returnedBy ?? ''} 于 ${formatDate(approval.returnedAt ?? approval.proposedAt, locale)} 退回`,
      { id: 'wb.approval.returnedBy' },
    )}</p>
    ${approval.note ? html`<p><strong>${msg('退回意见', { id: 'wb.field.returnNote' })}：</strong>${approval.note}</p>` : nothing}
  </div>`;
}

function stepLabel(action: ApprovalStep['action']): string {
  switch (action) {
    case 'propose-reply': return msg('提交答复审核', { id: 'wb.approval.step.proposeReply' });
    case 'propose-publish': return msg('提交公开审核', { id: 'wb.approval.step.proposePublish' });
    case 'return-for-changes': return msg('退回修改', { id: 'wb.action.returnForChanges' });
    case 'approve': return msg('审核通过', { id: 'wb.action.approve' });
    default: return action;
  }
}

/** 审核记录: every round of proposal, return and approval, oldest first (staff only; the citizen never sees it). */
export function renderApprovalHistory(history: readonly ApprovalStep[] | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!history?.length) return nothing;
  return html`<section aria-labelledby="approval-history-title">
    <h2 id="approval-history-title">${msg('审核记录', { id: 'wb.approval.history' })}</h2>
    <ol class="timeline">
      ${history.map(
        (step) => html`<li>
          <strong>${stepLabel(step.action)}</strong> ${step.by} ${formatDate(step.at, locale)}
          ${step.note ? html`<div>${step.note}</div>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
