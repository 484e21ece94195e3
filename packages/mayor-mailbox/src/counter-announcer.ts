/**
 * Decides when a screen reader hears how many characters are left in a long text field.
 *
 * Announcing on every keystroke would talk over the writer's own typing echo, so the count is
 * announced politely once typing pauses (`idleMs`), and at most once per `minIntervalMs` — except
 * that crossing into the last stretch before the limit (`warnAt` characters left) or past the
 * limit is announced at the next pause even if one was just made. The same count is never
 * announced twice in a row.
 */
export interface CounterAnnouncerOptions {
  max: number;
  /** Announce when typing has paused this long (default 1500 ms). */
  idleMs?: number;
  /** Never announce more often than this (default 5000 ms). */
  minIntervalMs?: number;
  /** Characters left at which the count becomes urgent (default 10 % of max). */
  warnAt?: number;
  /** Receives the length to announce. */
  announce: (length: number) => void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class CounterAnnouncer {
  #o: Required<Omit<CounterAnnouncerOptions, 'warnAt'>> & { warnAt: number };
  #timer: unknown;
  #lastAt = Number.NEGATIVE_INFINITY;
  #lastLength: number | undefined;
  #lastZone: 'ok' | 'near' | 'over' = 'ok';

  constructor(options: CounterAnnouncerOptions) {
    this.#o = {
      idleMs: 1500,
      minIntervalMs: 5000,
      now: () => Date.now(),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
      warnAt: options.warnAt ?? Math.ceil(options.max / 10),
    };
  }

  #zone(length: number): 'ok' | 'near' | 'over' {
    if (length > this.#o.max) return 'over';
    return this.#o.max - length <= this.#o.warnAt ? 'near' : 'ok';
  }

  /** Call on every input; the announcement, if any, follows the next pause. */
  update(length: number): void {
    if (this.#timer !== undefined) this.#o.clearTimer(this.#timer);
    this.#timer = this.#o.setTimer(() => this.#fire(length), this.#o.idleMs);
  }

  #fire(length: number): void {
    this.#timer = undefined;
    if (length === this.#lastLength) return;
    const zone = this.#zone(length);
    const zoneChanged = zone !== this.#lastZone && zone !== 'ok';
    const now = this.#o.now();
    if (!zoneChanged && now - this.#lastAt < this.#o.minIntervalMs) return;
    this.#lastAt = now;
    this.#lastLength = length;
    this.#lastZone = zone;
    this.#o.announce(length);
  }

  /** Stops a pending announcement (the element is leaving the page). */
  dispose(): void {
    if (this.#timer !== undefined) this.#o.clearTimer(this.#timer);
    this.#timer = undefined;
  }
}
