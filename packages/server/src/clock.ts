/**
 * Time as the server reports it: instants as ISO 8601 with the +08:00 offset and civil dates in
 * Asia/Shanghai (docs/domain.md §4), whatever the machine's time zone. `Clock` is injectable so tests can
 * walk an application through the docs/domain.md §4 vectors.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China has had no daylight saving time since 1991

/** `2026-11-22T09:30:00.000+08:00`. */
export function isoInShanghai(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** The civil date in Asia/Shanghai: `2026-11-22`. */
export function civilDateInShanghai(date: Date): string {
  return isoInShanghai(date).slice(0, 10);
}

/** `20261122`, for tracking numbers. */
export function compactDate(civilDate: string): string {
  return civilDate.replaceAll('-', '');
}
