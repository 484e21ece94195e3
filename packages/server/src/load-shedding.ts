/**
 * Load shedding (docs/design.md §5 "Load shedding"): at most `maxConcurrent` requests are
 * handled at once; up to `maxQueue` more wait for a slot, each at most `maxQueueMs`. Beyond
 * that, or when a request has waited too long, the server answers at once `503` problem+json
 * `overloaded` with `Retry-After` — before the body is read and before anything is stored, so a
 * shed submission is simply not made (the element keeps the draft and the same Idempotency-Key
 * for the retry) and everything acknowledged with a 201 is committed. Queueing without bound
 * instead made every client wait seconds (issue #16: p99 12.5 s at 512 clients, no 503).
 *
 * Runs as the first `onRequest` step after the security and CORS headers, so a browser can read
 * the 503. A slot is released when the response is done or the connection closes, whichever
 * comes first, exactly once.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './http-helpers.js';
import { HttpProblem, TITLES } from './problem.js';

export interface LoadSheddingOptions {
  /** Requests handled at once; default 32 (a request mostly waits for the database's one writer or its pool). */
  maxConcurrent?: number;
  /** Requests waiting for a slot; default 256. More are shed at once. */
  maxQueue?: number;
  /** Longest wait for a slot in milliseconds; default 100. A request that waited longer is shed. */
  maxQueueMs?: number;
  /** `Retry-After` of a 503, in seconds; default 2. */
  retryAfterSeconds?: number;
  /**
   * Event-loop delay in milliseconds (p99 over the last quarter second) past which new requests
   * are shed while at least half of `maxConcurrent` are in flight; default 100. Requests
   * the server has not read yet wait in socket buffers where no queue sees them: a blocked loop
   * is the one sign of that overload (as @fastify/under-pressure measures it). The in-flight
   * condition keeps a merely slow or busy machine from shedding a light load.
   */
  maxEventLoopDelayMs?: number;
}

export const LOAD_SHEDDING_DEFAULTS: Required<LoadSheddingOptions> = { maxConcurrent: 32, maxQueue: 256, maxQueueMs: 100, retryAfterSeconds: 2, maxEventLoopDelayMs: 100 };

/** Counts of the gate since start, for the benchmark and tests. */
export interface LoadSheddingStats {
  inFlight: number;
  queued: number;
  shed: number;
  /** p99 event-loop delay of the last sample, ms. */
  loopDelayMs: number;
}

/** A counting semaphore with a bounded FIFO of waiters that give up after a deadline. */
export class ConcurrencyGate {
  private inFlight = 0;
  private readonly waiting: Array<{ grant: () => void; timer: NodeJS.Timeout }> = [];
  shed = 0;
  /** Event-loop delay of the last sample, in ms. */
  private loopDelayMs = 0;
  private readonly histogram: IntervalHistogram;
  private readonly sampler: NodeJS.Timeout;

  constructor(private readonly options: Required<LoadSheddingOptions>) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.sampler = setInterval(() => {
      this.loopDelayMs = Math.max(0, this.histogram.percentile(99) / 1e6 - 10);
      this.histogram.reset();
    }, 250);
    this.sampler.unref();
  }

  close(): void {
    clearInterval(this.sampler);
    this.histogram.disable();
  }

  private loopOverloaded(): boolean {
    return this.loopDelayMs > this.options.maxEventLoopDelayMs && this.inFlight * 2 >= this.options.maxConcurrent;
  }

  stats(): LoadSheddingStats {
    return { inFlight: this.inFlight, queued: this.waiting.length, shed: this.shed, loopDelayMs: this.loopDelayMs };
  }

  /** Resolves with a release function, or with undefined when the request is to be shed. */
  acquire(): Promise<(() => void) | undefined> {
    if (this.loopOverloaded()) {
      this.shed++;
      return Promise.resolve(undefined);
    }
    if (this.inFlight < this.options.maxConcurrent) {
      this.inFlight++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.options.maxQueue) {
      this.shed++;
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          this.shed++;
          resolve(undefined);
        }, this.options.maxQueueMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the oldest waiter; inFlight stays the same.
      if (next) next.grant();
      else this.inFlight--;
    };
  }
}

/** Registers the gate on `app` (all routes, static files included); `false` turns it off. */
export function registerLoadShedding(app: FastifyInstance, options: LoadSheddingOptions | false | undefined): ConcurrencyGate | undefined {
  if (options === false) return undefined;
  const settings = { ...LOAD_SHEDDING_DEFAULTS, ...definedOnly(options ?? {}) };
  for (const [name, value] of Object.entries(settings)) {
    if (!(Number.isInteger(value) && value >= (name === 'maxQueue' ? 0 : 1))) throw new Error(`loadShedding.${name} must be a whole number ≥ ${name === 'maxQueue' ? 0 : 1}, got ${value}`);
  }
  const gate = new ConcurrencyGate(settings);
  app.addHook('onClose', async () => gate.close());
  app.addHook('onRequest', async (request, reply) => {
    if (reply.sent) return undefined; // answered by an earlier hook (a CORS preflight)
    const release = await gate.acquire();
    if (!release) {
      return sendProblem(request, reply, new HttpProblem(503, 'overloaded', TITLES.overloaded, [], { 'Retry-After': String(settings.retryAfterSeconds) }));
    }
    reply.raw.once('close', release);
    reply.raw.once('finish', release);
    return undefined;
  });
  return gate;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
