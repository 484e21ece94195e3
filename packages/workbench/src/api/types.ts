/**
 * Bodies of the staff API as the workbench reads them (packages/server/src/routes/staff.ts and
 * docs/staff.md). Only the members the pages use are named; the server may send more.
 */
import type { DisclosureRequest, DisclosureRequestStatus, LetterStatus, LocalizedText } from '@gongkai/schema';

export interface StaffAgency {
  id: string;
  name: string;
  /** The units a letter of this agency can be assigned to (承办单位). */
  units: string[];
}

export interface StaffUser {
  name: string;
  displayName: string;
  roles: string[];
  agencies: StaffAgency[];
}

/** `GET staff/session/methods`: single sign-on, when the server has a provider configured. */
export interface SignInMethods {
  password: boolean;
  sso: { label: string; start: string } | null;
}

export interface StaffSession {
  user: StaffUser;
  csrfToken: string;
  /** The access ids the caller's roles allow (the server's access table). */
  permissions: string[];
  /** The workbench sections the caller may open. */
  sections: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TimelineEvent {
  status: string;
  at: string;
  note?: string;
  dueDate?: string;
  unit?: string;
}

export interface RequestReply {
  type: string;
  content: string;
  repliedAt: string;
  attachments?: Array<{ name: string; url: string }>;
}

/**
 * Four-eyes approval (docs/staff.md): a proposed reply or publication awaiting a second person
 * (`pending`), or sent back with a note (`returned`).
 */
export interface Approval {
  state: 'pending' | 'returned';
  action: 'reply' | 'publish';
  proposedBy: string;
  proposedAt: string;
  /** The proposed reply body, or `{ published }`: exactly what would be published. */
  proposal: { type?: string; content?: string; reportRow?: string; published?: LetterPublication };
  returnedBy?: string;
  returnedAt?: string;
  note?: string;
}

/** One four-eyes step of a record (staff detail views): who proposed, returned or approved, when. */
export interface ApprovalStep {
  action: 'propose-reply' | 'propose-publish' | 'return-for-changes' | 'approve';
  by: string;
  at: string;
  note?: string;
}

/** How an application or letter came in (offline intake records the three paper channels). */
export type Channel = 'online' | 'in-person' | 'post' | 'fax';

/** `201` of the offline intake: the receipt (回执) the registrar hands or posts to the citizen. */
export interface OfflineReceipt {
  trackingNumber?: string;
  letterNumber?: string;
  queryCode: string;
  receivedAt: string;
  dueDate?: string;
  channel: Channel;
}

/** An application as staff see it; in the masked view the applicant's identifying members are gone. */
export interface StaffRequest {
  trackingNumber: string;
  agencyId: string;
  status: DisclosureRequestStatus;
  submittedAt: string;
  receivedDate?: string;
  dueDate: string;
  dueDateProvisional?: boolean;
  dueDateExplanation?: LocalizedText | string;
  overdue: boolean;
  reportRow?: string;
  channel?: Channel;
  approval?: Approval;
  approvalHistory?: ApprovalStep[];
  request: Partial<DisclosureRequest> & { applicant?: Partial<DisclosureRequest['applicant']> };
  events?: TimelineEvent[];
  reply?: RequestReply;
  /** The actions this caller may take now (server's `allowedActions`), when the server sends it. */
  allowedActions?: string[];
  deadlineFacts?: { correction?: { requestedAt: string; correctedReceivedAt?: string }; extension?: { days: number }; receivedAt?: string };
}

export interface LetterReplyEntry {
  unit: string;
  content: string;
  repliedAt: string;
}

export interface StaffLetter {
  letterNumber: string;
  agencyId?: string;
  status: LetterStatus;
  type: string;
  submittedAt: string;
  channel?: Channel;
  receivedDate?: string;
  approval?: Approval;
  approvalHistory?: ApprovalStep[];
  dueDate: string;
  overdue: boolean;
  mayPublish: boolean;
  leadUnit?: string;
  assistingUnits: string[];
  replies: LetterReplyEntry[];
  satisfaction?: string;
  published?: { subject: string; content: string };
  letter: { subject?: string; content?: string; type?: string; name?: string; phone?: string; email?: string; address?: string };
  events?: TimelineEvent[];
  allowedActions?: string[];
}

/** What `GET …/publication` answers: exactly what publishing would store. */
export interface LetterPublication {
  subject: string;
  content: string;
  replies?: LetterReplyEntry[];
}

/** Applicant or writer details from the audited endpoints. */
export type PersonalDetails = Record<string, unknown>;

/** `GET staff/reports/annual`: applications answered in a year, one count per row of the 2021 table. */
export interface AnnualReport {
  year: number;
  agencyId?: string;
  received: number;
  total: number;
  rows: Array<{ row: string; label: LocalizedText; count: number }>;
}

/** `GET staff/agencies/{id}/reply-templates`: one of the agency's reply templates. */
export interface ReplyTemplate {
  id: number;
  replyType: string;
  title: string;
  body: string;
}

/** The body of `POST`/`PUT staff/agencies/{id}/reply-templates[/{templateId}]`. */
export type ReplyTemplateInput = Pick<ReplyTemplate, 'replyType' | 'title' | 'body'>;
