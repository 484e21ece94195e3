/**
 * Per-IP fixed-window counters for intake and query-code lookups. In memory: a restart forgets
 * them, and several server processes each count on their own (put a proxy limit in front for
 * that). Off when `max` is 0.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    if (this.limit.max <= 0) return 0;
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.limit.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    window.count += 1;
    return window.count > this.limit.max ? Math.ceil((window.start + this.limit.windowMs - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.limit.windowMs) this.windows.delete(key);
  }
}
