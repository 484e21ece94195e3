/** Decodes the generated Traditional → Simplified table (see scripts/build-fold-table.ts). */
import { FOLD_ENTRY_COUNT, FOLD_FROM_DELTAS, FOLD_TO_DELTAS } from './fold-table.generated.js';

function decodeDeltas(encoded: string): Uint16Array {
  const codes = new Uint16Array(FOLD_ENTRY_COUNT);
  let previous = 0;
  let i = 0;
  for (const part of encoded.split(',')) {
    previous += parseInt(part, 36);
    codes[i++] = previous;
  }
  return codes;
}

/** Parallel arrays: code unit from[i] folds to code unit to[i]. */
export function foldPairs(): { from: Uint16Array; to: Uint16Array } {
  return { from: decodeDeltas(FOLD_FROM_DELTAS), to: decodeDeltas(FOLD_TO_DELTAS) };
}
