/** LazyChunkController and lazyModule in Chromium: load once, retry after a failure, adopt the chunk's styles. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import type { CSSResult } from 'lit';
import { LazyChunkController, lazyModule } from '../src/controllers/lazy-chunk.js';

interface Chunk {
  label: string;
  styles: CSSResult;
}

const chunkStyles = css`.from-chunk { color: rgb(0, 128, 0); }`;
const otherStyles = css`.from-other { color: rgb(0, 0, 160); }`;

/** An importer that fails the first `failures` times, as a dynamic import does offline, counting attempts. */
function flakyImporter(failures: number, chunk: Chunk) {
  const calls = { count: 0 };
  const importer = async (): Promise<Chunk> => {
    calls.count++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (calls.count <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return chunk;
  };
  return { importer, calls };
}

class LazyHost extends LitElement {
  static override styles = css`:host { display: block; } .own { color: rgb(160, 0, 0); }`;
  load: () => Promise<Chunk> = () => Promise.reject(new Error('not set'));
  otherLoad: () => Promise<Chunk> = () => Promise.reject(new Error('not set'));
  readonly chunk = new LazyChunkController<Chunk>(this, () => this.load(), { styles: (m) => m.styles });
  readonly other = new LazyChunkController<Chunk>(this, () => this.otherLoad(), { styles: (m) => m.styles });
  override render() {
    return html`<p class="own">own</p>
      <p class="from-chunk">${this.chunk.value?.label ?? (this.chunk.failed ? 'failed' : 'waiting')}</p>
      <p class="from-other">${this.other.value?.label ?? ''}</p>`;
  }
}
customElements.define('gk-lazy-host', LazyHost);

const colour = (el: LazyHost, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).color;

describe('lazyModule', () => {
  it('imports once for every caller, and again after a failure', async () => {
    const { importer, calls } = flakyImporter(1, { label: 'chunk', styles: chunkStyles });
    const load = lazyModule(importer);
    const [first, second] = await Promise.allSettled([load(), load()]);
    expect(first.status).to.equal('rejected');
    expect(second.status).to.equal('rejected');
    expect(calls.count, 'both callers shared the failed attempt').to.equal(1);
    const [third, fourth] = await Promise.all([load(), load()]);
    expect(third.label).to.equal('chunk');
    expect(fourth).to.equal(third);
    expect(calls.count, 'one retry, then the loaded module is kept').to.equal(2);
    await load();
    expect(calls.count).to.equal(2);
  });
});

describe('LazyChunkController', () => {
  it('reports a failed load, retries on the next ensure(), renders the chunk and adopts its styles', async () => {
    const el = await fixture<LazyHost>(html`<gk-lazy-host></gk-lazy-host>`);
    const { importer, calls } = flakyImporter(1, { label: 'loaded', styles: chunkStyles });
    el.load = lazyModule(importer);
    let failure: unknown;
    await el.chunk.ensure().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    await el.updateComplete;
    expect(el.chunk.failed).to.equal(true);
    expect(el.shadowRoot!.querySelector('.from-chunk')!.textContent).to.equal('failed');
    expect(colour(el, '.from-chunk')).not.to.equal('rgb(0, 128, 0)');

    const module = await el.chunk.ensure();
    await el.updateComplete;
    expect(module.label).to.equal('loaded');
    expect(calls.count).to.equal(2);
    expect(el.chunk.failed).to.equal(false);
    expect(el.shadowRoot!.querySelector('.from-chunk')!.textContent).to.equal('loaded');
    expect(colour(el, '.from-chunk'), "the chunk's styles").to.equal('rgb(0, 128, 0)');
    expect(colour(el, '.own'), 'the static styles stay').to.equal('rgb(160, 0, 0)');
    await el.chunk.ensure();
    expect(calls.count, 'loaded once').to.equal(2);
  });

  it("keeps a first chunk's styles when a second chunk adopts its own", async () => {
    const el = await fixture<LazyHost>(html`<gk-lazy-host></gk-lazy-host>`);
    el.load = async () => ({ label: 'one', styles: chunkStyles });
    el.otherLoad = async () => ({ label: 'two', styles: otherStyles });
    await el.chunk.ensure();
    await el.other.ensure();
    await el.updateComplete;
    expect(colour(el, '.from-chunk')).to.equal('rgb(0, 128, 0)');
    expect(colour(el, '.from-other')).to.equal('rgb(0, 0, 160)');
    expect(colour(el, '.own')).to.equal('rgb(160, 0, 0)');
  });

  it('adopts the styles of a chunk loaded before the host was connected', async () => {
    const el = document.createElement('gk-lazy-host') as LazyHost;
    el.load = async () => ({ label: 'early', styles: chunkStyles });
    await el.chunk.ensure();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(colour(el, '.from-chunk')).to.equal('rgb(0, 128, 0)');
  });
});
