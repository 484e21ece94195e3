/**
 * The demo build's deterministic randomness: the test fixtures' seeded PRNG with the few
 * helpers the generators draw with, so every run writes the same bytes.
 */
import { seededRandom } from '../../test/fixtures/seeded-random.js';

export class Random {
  private readonly float: () => number;
  constructor(seed: number) {
    this.float = seededRandom(seed);
  }
  /** A float in [0, 1). */
  next(): number {
    return this.float();
  }
  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }
  /** A few distinct elements, in list order. */
  some<T>(list: readonly T[], count: number): T[] {
    const indices = list.map((_, i) => i);
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    return indices.slice(0, Math.min(count, list.length)).sort((a, b) => a - b).map((i) => list[i]!);
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  }
}
