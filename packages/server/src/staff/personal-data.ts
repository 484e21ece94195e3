/**
 * The masked views staff work with by default (issue #15): no name, ID number, phone, e-mail
 * or address in the clear — in the structured fields and in the free text — so the workbench
 * shows a case without a personal-data read. The full details come from the `/applicant` and
 * `/writer` endpoints (and the unmasked detail bodies integrations rely on), each read audited.
 */
import type { Applicant, DisclosureRequest, LetterSubmission } from '@gongkai/schema';
import { maskAddress, maskEmail, maskIdNumber, maskName, maskText } from '../masking.js';

function maskPhone(phone: string): string {
  const masked = maskText(phone);
  if (masked !== phone) return masked;
  const digits = phone.replace(/\D/g, '');
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****';
}

export function maskApplicant(applicant: Applicant): Record<string, unknown> {
  if (applicant.type === 'person') {
    return {
      type: 'person',
      name: maskName(applicant.name),
      idType: applicant.idType,
      idNumber: maskIdNumber(applicant.idNumber),
      phone: maskPhone(applicant.phone),
      ...(applicant.email ? { email: maskEmail(applicant.email) } : {}),
      ...(applicant.address ? { address: maskAddress(applicant.address) } : {}),
    };
  }
  // An organization's name, credit code and legal representative are public register data; its contact person is not.
  return {
    type: 'organization',
    name: applicant.name,
    creditCode: applicant.creditCode,
    legalRepresentative: applicant.legalRepresentative,
    contactPerson: maskName(applicant.contactPerson),
    contactPhone: maskPhone(applicant.contactPhone),
    ...(applicant.email ? { email: maskEmail(applicant.email) } : {}),
    ...(applicant.address ? { address: applicant.address } : {}),
  };
}

function applicantWords(applicant: Applicant): { name?: string; address?: string } {
  const name = applicant.type === 'person' ? applicant.name : applicant.contactPerson;
  return { name, ...(applicant.type === 'person' && applicant.address ? { address: applicant.address } : {}) };
}

/**
 * An application's staff body with the applicant masked: the structured fields and every free
 * text staff or the applicant wrote (description, timeline notes, the reply), since a note such
 * as "请张三补充…" names them too.
 */
export function maskRequestView<T extends { request: DisclosureRequest; events?: Array<{ note?: string }> | undefined; reply?: { content?: unknown } | undefined }>(
  view: T,
): Omit<T, 'request'> & { request: Record<string, unknown>; masked: true } {
  const { request } = view;
  const words = applicantWords(request.applicant);
  return {
    ...view,
    request: { ...request, applicant: maskApplicant(request.applicant), description: maskText(request.description, words) },
    ...(view.events ? { events: view.events.map((event) => (event.note ? { ...event, note: maskText(event.note, words) } : event)) } : {}),
    ...(view.reply && typeof view.reply.content === 'string' ? { reply: { ...view.reply, content: maskText(view.reply.content, words) } } : {}),
    masked: true,
  };
}

export function maskLetter(letter: LetterSubmission): Record<string, unknown> {
  const writer = { name: letter.name, ...(letter.address ? { address: letter.address } : {}) };
  return {
    type: letter.type,
    subject: maskText(letter.subject, writer),
    content: maskText(letter.content, writer),
    name: maskName(letter.name),
    phone: maskPhone(letter.phone),
    ...(letter.email ? { email: maskEmail(letter.email) } : {}),
    ...(letter.address ? { address: maskAddress(letter.address) } : {}),
    mayPublish: letter.mayPublish,
  };
}

/** A letter's staff body with the writer masked: contact fields, letter text, replies and rating comment. */
export function maskLetterView<T extends { letter: LetterSubmission; replies: unknown[]; ratingComment?: string | undefined }>(view: T) {
  const writer = { name: view.letter.name, ...(view.letter.address ? { address: view.letter.address } : {}) };
  return {
    ...view,
    letter: maskLetter(view.letter),
    replies: view.replies.map((reply) => {
      const r = reply as { content?: unknown };
      return typeof r.content === 'string' ? { ...r, content: maskText(r.content, writer) } : reply;
    }),
    ...(view.ratingComment ? { ratingComment: maskText(view.ratingComment, writer) } : {}),
    masked: true as const,
  };
}

export function writerOf(letter: LetterSubmission) {
  return { name: letter.name, phone: letter.phone, ...(letter.email ? { email: letter.email } : {}), ...(letter.address ? { address: letter.address } : {}) };
}
