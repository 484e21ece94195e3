/** What a masking rule found: a span of the normalized text and what replaces it. */
export type MaskKind =
  | 'mobile'
  | 'landline'
  | 'contactNumber'
  | 'idNumber'
  | 'bankCard'
  | 'qq'
  | 'wechat'
  | 'carPlate'
  | 'email'
  | 'address'
  | 'name';

export interface Candidate {
  kind: MaskKind;
  /** Offsets into the normalized text, end exclusive. */
  start: number;
  end: number;
  replacement: string;
}

/**
 * Overlapping findings become one span: sorted by start (longer first), a candidate inside an
 * accepted one is dropped and one reaching past it extends it (the replacement grows by `***`,
 * so nothing of either survives). One pass after the sort: O(k log k) for k findings.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const candidate of sorted) {
    const last = out[out.length - 1];
    if (last && candidate.start < last.end) {
      if (candidate.end > last.end) out[out.length - 1] = { ...last, end: candidate.end, replacement: `${last.replacement}***` };
      continue;
    }
    out.push(candidate);
  }
  return out;
}
