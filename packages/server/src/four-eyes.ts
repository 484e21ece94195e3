/**
 * Four-eyes approval (docs/staff.md "Four-eyes approval"): where an agency requires it, a
 * handler's reply to an application and a publisher's publication of a letter become a proposal
 * that an approver other than the proposer approves (it then takes effect exactly as the direct
 * action would) or returns with a note. The proposal and its state live with the record
 * (`approval_state`, `approval`, migration 5); refusals are in plain words, as in ./refusals.ts.
 */
import type { LocalizedText } from '@gongkai/schema';
import { t } from './problem.js';

export const APPROVAL_ACTIONS = ['approve', 'return-for-changes'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** What a proposal would do when approved. */
export type ProposedAction = 'reply' | 'publish';

export interface Approval {
  state: 'pending' | 'returned';
  action: ProposedAction;
  proposedBy: string;
  proposedAt: string;
  /** The validated body of the proposed action (reply) or exactly what would be published (publish). */
  proposal: Record<string, unknown>;
  /** Set when returned: who returned it, when, and the note for the proposer. */
  returnedBy?: string;
  returnedAt?: string;
  note?: string;
}

/** The audit actions of four-eyes steps: a record's approval history is read from them. */
export const APPROVAL_STEPS = ['propose-reply', 'propose-publish', 'return-for-changes', 'approve'] as const;

/** One step of a record's approval history (staff views only): who did what when, and the return note. */
export interface ApprovalStep {
  action: (typeof APPROVAL_STEPS)[number];
  by: string;
  at: string;
  note?: string;
}

export function parseApproval(json: string | null): Approval | undefined {
  return json ? (JSON.parse(json) as Approval) : undefined;
}

const SUBJECT = {
  reply: { zh: '该申请的答复', hant: '該申請的答覆', en: 'reply to this application' },
  publish: { zh: '该来信的公开', hant: '該來信的公開', en: 'publication of this letter' },
} as const;

export const APPROVAL_REFUSALS = {
  pending: (action: ProposedAction): LocalizedText =>
    t(`${SUBJECT[action].zh}已提交审核，请等待审核结果`, `${SUBJECT[action].hant}已提交審核，請等待審核結果`, `The ${SUBJECT[action].en} is awaiting approval.`),
  nothingPending: (action: ProposedAction): LocalizedText =>
    t(`${SUBJECT[action].zh}没有待审核的内容`, `${SUBJECT[action].hant}沒有待審核的內容`, `There is no ${SUBJECT[action].en} awaiting approval.`),
  self: (action: ProposedAction): LocalizedText =>
    t(
      `${SUBJECT[action].zh}是您本人提交的，须由另一位审核人审核`,
      `${SUBJECT[action].hant}是您本人提交的，須由另一位審核人審核`,
      `You proposed the ${SUBJECT[action].en}; another approver must review it.`,
    ),
} as const;

/** Why `actor` cannot approve or return the proposal now, or undefined when they can. */
export function approvalRefusal(approval: Approval | undefined, action: ProposedAction, actor: string): LocalizedText | undefined {
  if (!approval || approval.state !== 'pending') return APPROVAL_REFUSALS.nothingPending(action);
  if (approval.proposedBy === actor) return APPROVAL_REFUSALS.self(action);
  return undefined;
}

/**
 * What a queue row shows of the approval: its state, who and when — not the proposed text nor the
 * note, which may name the applicant (lists never carry personal data; the detail view does).
 */
export function listedApproval<T extends { approval?: Approval | undefined }>(item: T): T {
  if (!item.approval) return item;
  const { proposal: _proposal, note: _note, ...summary } = item.approval;
  return { ...item, approval: summary as Approval };
}

export function isPending(approval: Approval | undefined): boolean {
  return approval?.state === 'pending';
}
