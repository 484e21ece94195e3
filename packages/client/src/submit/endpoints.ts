/**
 * The REST contract's submission and lookup endpoints as typed functions (docs/design.md §5), so
 * that elements say what they do — file an application, look a letter up — and never spell a
 * path, encode a number or name the secret header themselves.
 *
 * | function | request |
 * |---|---|
 * | `applicationSubmission` | `POST disclosure/requests` (`Idempotency-Key`) |
 * | `lookupApplication` | `GET disclosure/requests/{trackingNumber}` (`X-Query-Code`) |
 * | `letterSubmission` | `POST mailbox/letters` (`Idempotency-Key`) |
 * | `lookupLetter` | `GET mailbox/letters/{letterNumber}` (`X-Query-Code`) |
 * | `rateLetter` | `POST mailbox/letters/{letterNumber}/rating` (`X-Query-Code`) |
 *
 * Every function takes the element's `api`, its locale (sent as `Accept-Language`, so problems
 * come back in the reader's language) and a `parse` that checks the answer against the contract.
 */
import type { DisclosureRequest, LetterRating, LetterSubmission } from '@gongkai/schema';
import type { FetchFunction } from '../sources/http.js';
import { Submission } from './submission.js';
import type { SubmissionOptions } from './submission.js';
import { lookupRecord } from './lookup.js';
import { postJson } from './post-json.js';

/** The contract's paths under `api`, numbers encoded (docs/design.md §5). */
export const restPaths = {
  applications: 'disclosure/requests',
  application: (trackingNumber: string) => `disclosure/requests/${encodeURIComponent(trackingNumber)}`,
  letters: 'mailbox/letters',
  letter: (letterNumber: string) => `mailbox/letters/${encodeURIComponent(letterNumber)}`,
  letterRating: (letterNumber: string) => `mailbox/letters/${encodeURIComponent(letterNumber)}/rating`,
} as const;

/** What every endpoint call shares. */
export interface EndpointOptions<R> {
  /** Base URL of the server (the element's `api` attribute). */
  api: string;
  /** Sent as `Accept-Language`. */
  locale?: string;
  /** Elements pass document.baseURI. */
  baseUrl?: string;
  fetch?: FetchFunction;
  signal?: AbortSignal;
  /** Checks and types the answer; throwing rejects the call. */
  parse?: (value: unknown) => R;
}

/** A submission of `body` under `path`: the options of Submission without the path. */
export type EndpointSubmissionOptions<B, R> = Omit<SubmissionOptions<B, R>, 'path'> & { locale?: string };

/** A secret lookup: the number in the path, the query code in a header. */
export interface LookupEndpointOptions<R> extends EndpointOptions<R> {
  queryCode: string;
}

const language = (locale: string | undefined): Record<string, string> => (locale ? { 'Accept-Language': locale } : {});

function submission<B, R>(path: string, { locale, headers, ...options }: EndpointSubmissionOptions<B, R>): Submission<B, R> {
  return new Submission<B, R>({ ...options, path, headers: { ...language(locale), ...headers } });
}

function lookup<R>(path: string, { queryCode, locale, ...options }: LookupEndpointOptions<R>): Promise<R | undefined> {
  return lookupRecord<R>({ ...options, path, headers: { 'X-Query-Code': queryCode, ...language(locale) } });
}

/** `POST disclosure/requests`: files an application (not started: call `start()`). */
export function applicationSubmission<R>(options: EndpointSubmissionOptions<DisclosureRequest, R>): Submission<DisclosureRequest, R> {
  return submission(restPaths.applications, options);
}

/** `POST mailbox/letters`: sends a letter (not started: call `start()`). */
export function letterSubmission<R>(options: EndpointSubmissionOptions<LetterSubmission, R>): Submission<LetterSubmission, R> {
  return submission(restPaths.letters, options);
}

/** `GET disclosure/requests/{n}`: the applicant's status, or undefined for a wrong number or code (one 404 for both). */
export function lookupApplication<R>(trackingNumber: string, options: LookupEndpointOptions<R>): Promise<R | undefined> {
  return lookup(restPaths.application(trackingNumber), options);
}

/** `GET mailbox/letters/{n}`: the writer's own letter with its events, or undefined for a wrong number or code. */
export function lookupLetter<R>(letterNumber: string, options: LookupEndpointOptions<R>): Promise<R | undefined> {
  return lookup(restPaths.letter(letterNumber), options);
}

/** `POST mailbox/letters/{n}/rating` once (no key, no retry: a 409 means it was rated already). Resolves with the rated letter. */
export function rateLetter<R>(letterNumber: string, rating: LetterRating, { queryCode, locale, ...options }: LookupEndpointOptions<R>): Promise<R> {
  return postJson<R>({ ...options, path: restPaths.letterRating(letterNumber), body: rating, headers: { 'X-Query-Code': queryCode, ...language(locale) } });
}
