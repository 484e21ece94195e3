import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CollectionLoader, SourceError, type CollectionSource, type LoadOptions, type SourceInfo } from '../src/sources/index.js';

type Info = SourceInfo<'power-catalog'>;
const info = (label: string): Info => ({ kind: 'power-catalog', envelope: { updatedAt: label } as Info['envelope'], skippedCount: 0, skipped: [], warnings: [] });

/** A source whose load answers when told to, honouring the abort signal like the real ones. */
function slowSource(label: string) {
  let answer!: (value: Info) => void;
  let fail!: (error: unknown) => void;
  const calls: string[] = [];
  const source: CollectionSource<unknown, 'power-catalog'> = {
    load: (options?: LoadOptions) =>
      new Promise<Info>((resolve, reject) => {
        answer = resolve;
        fail = reject;
        options?.signal?.addEventListener('abort', () => reject(new SourceError('aborted', { url: label })));
        options?.onProgress?.({ loaded: 1 });
      }),
    query: async () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
    get: async () => undefined,
    prepareSearch: async () => {
      calls.push('prepare');
    },
  };
  return { source, calls, answer: (v = info(label)) => answer(v), fail: (e: unknown) => fail(e) };
}

describe('CollectionLoader', () => {
  it('lets the newest load win: the superseded one neither loads nor fails', async () => {
    const loader = new CollectionLoader();
    const seen: string[] = [];
    const hooks = (name: string) => ({
      progress: () => seen.push(`${name} progress`),
      loaded: async (i: Info) => void seen.push(`${name} loaded ${String(i.envelope.updatedAt)}`),
      failed: () => void seen.push(`${name} failed`),
    });
    const first = slowSource('first');
    const second = slowSource('second');
    const firstDone = loader.load(first.source, hooks('first'));
    const secondDone = loader.load(second.source, hooks('second'));
    second.answer();
    await Promise.all([firstDone, secondDone]);
    assert.deepEqual(seen, ['first progress', 'second progress', 'second loaded second']);
  });

  it('reports a real failure, and prepares search after a load while idle', async () => {
    const loader = new CollectionLoader();
    const broken = slowSource('broken');
    let failure: unknown;
    const done = loader.load(broken.source, { loaded: async () => undefined, failed: (e) => (failure = e) });
    broken.fail(new SourceError('network', { url: '/x.json' }));
    await done;
    assert.equal((failure as SourceError).code, 'network');
    assert.deepEqual(broken.calls, []);

    const good = slowSource('good');
    const loaded = loader.load(good.source, { loaded: async () => undefined, failed: assert.fail });
    good.answer();
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(good.calls, ['prepare']);
  });

  it('abort() stops the current load without a failure', async () => {
    const loader = new CollectionLoader();
    const slow = slowSource('slow');
    let outcome = 'none';
    const done = loader.load(slow.source, { loaded: async () => void (outcome = 'loaded'), failed: () => void (outcome = 'failed') });
    loader.abort();
    await done;
    assert.equal(outcome, 'none');
  });
});
