/**
 * The `gk-` events of the contract (docs/design.md §2). They bubble and cross shadow
 * roots so a portal can listen on any ancestor, and their `detail` is typed.
 */
import type { LocalizedText } from './text.js';

export interface GkLoadDetail {
  /** How many records are shown. */
  count: number;
  /** Records dropped because they failed validation. */
  skippedCount: number;
}

export interface GkErrorDetail {
  /** Machine-readable: network, http, not-json, invalid, newer-version, wrong-kind, … */
  code: string;
  /** JSON path of the first offending field, when the error is about data. */
  path?: string;
  /** HTTP status, when the error is an HTTP error. */
  status?: number;
  /** Every problem found, each with its path. */
  issues: Array<{ path: string; message: string }>;
  /** What went wrong, in the element's locale. */
  message: string;
}

export interface GkSelectDetail {
  id: string;
}

export interface GkEventMap {
  'gk-load': GkLoadDetail;
  'gk-error': GkErrorDetail;
  'gk-select': GkSelectDetail;
  'gk-submit': Record<string, unknown>;
  'gk-submitted': Record<string, unknown>;
  'gk-submit-failed': GkErrorDetail;
  'gk-change': Record<string, unknown>;
}

export type GkEventName = keyof GkEventMap;

export function createGkEvent<N extends GkEventName>(name: N, detail: GkEventMap[N], options: { cancelable?: boolean } = {}): CustomEvent<GkEventMap[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
}

export type { LocalizedText };
