/**
 * "Mount and remove an element many times; nothing stays behind" — a memory-leak test per element,
 * after Spectrum Web Components' `testForMemoryLeaks`. An element that leaves a listener on the
 * document, a callback in a page-wide cache or a pending timer keeps its whole tree (shadow root,
 * data, views) alive after removal; 200 of them show as megabytes.
 *
 * Two measures, both after a forced full GC (Chromium runs with `--js-flags=--expose-gc` and
 * `--enable-precise-memory-info`, web-test-runner.config.mjs):
 *   - every removed element is held by a WeakRef: once the page has been idle (at least a second,
 *     more on a loaded machine, at most ten), at most MAX_ALIVE of them may survive the GC (the
 *     last few can still be referenced by work not yet run);
 *   - the JS heap may grow by at most HEAP_BOUND_BYTES over the 200 rounds (1 MiB, about 5 KB a
 *     round: far less than one element with its data), measured from a warmed-up start so code,
 *     translations and page-wide caches (a file's shared download) are already in.
 */
import { expect } from '@open-wc/testing';

export const ROUNDS = 200;
export const HEAP_BOUND_BYTES = 1024 * 1024;
/**
 * A leak keeps every one of the 200 (or a fixed share of them); what survives without one is a
 * handful of the last elements whose queued work (a fetch answered late, an idle callback) had
 * not run yet when the GC ran — 3 to 5 were seen on a loaded CI machine, 0 to 2 on an idle one.
 */
export const MAX_ALIVE = 10;

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A full GC, after the current job ends (WeakRef targets are kept until then). */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await macrotask();
    window.gc!();
  }
  await macrotask();
}

async function heapBytes(): Promise<number> {
  await collectGarbage();
  return performance.memory!.usedJSHeapSize;
}

/**
 * `mount` puts a fresh element on the page and resolves once it is ready (loaded, rendered);
 * this removes it again, ROUNDS times.
 */
export function runMemoryLeakTest(tag: string, mount: () => Promise<HTMLElement>): void {
  describe(`<${tag}> memory`, () => {
    it(`gives back what it took after being mounted and removed ${ROUNDS} times`, async function () {
      this.timeout(240_000);
      expect(window.gc, 'window.gc: run Chromium with --js-flags=--expose-gc').to.be.a('function');
      expect(performance.memory, 'performance.memory').to.exist;
      const round = async () => {
        const element = await mount();
        const ref = new WeakRef(element);
        (element.parentElement ?? element).remove();
        return ref;
      };
      for (let i = 0; i < 5; i++) await round(); // warm up: code, translations, shared downloads
      const before = await heapBytes();
      const refs: Array<WeakRef<HTMLElement>> = [];
      for (let i = 0; i < ROUNDS; i++) refs.push(await round());
      // Work an element queued for when the page is idle (preparing the search index, prefetching
      // a view) holds it until it has run: let it run, as it would on a real page. On a loaded
      // machine the idle queue drains late, so wait for idle periods and collect again, up to 10 s;
      // a leak never drains (all 200 stay), so the bound itself stays strict.
      const countAlive = () => refs.filter((ref) => ref.deref() !== undefined).length;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const deadline = performance.now() + 10_000;
      let after = await heapBytes();
      while (countAlive() > MAX_ALIVE && performance.now() < deadline) {
        await new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 500 }));
        await new Promise((resolve) => setTimeout(resolve, 250));
        after = await heapBytes();
      }
      const alive = countAlive();
      expect(alive, `removed <${tag}> elements still alive after GC`).to.be.at.most(MAX_ALIVE);
      expect(after - before, `heap growth in bytes over ${ROUNDS} rounds`).to.be.below(HEAP_BOUND_BYTES);
    });
  });
}
