/**
 * LookupController in Chromium, on a small host against the mailbox slice of the REST contract
 * (test/servers/mailbox-stub.mjs, real HTTP): both fields required with focus on the first empty
 * one, one "not found" for a wrong number and a wrong code, the result focused, a failure in the
 * reader's words, and the newest lookup winning.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { lookupLetter } from '@gongkai/client/endpoints';
import type { WriterLetter } from '@gongkai/schema';
import { GkElement } from '../src/base/gk-element.js';
import { LookupController, renderLookupField } from '../src/controllers/lookup.js';

const SEEDED = { letterNumber: 'XJ-20261020-000901', queryCode: 'Q7K9M2PA' };

class TestLookup extends GkElement {
  api: string | undefined = '/test-api/';
  /** Replaces the answer's check (a test makes it throw). */
  parse: (value: unknown) => WriterLetter = (value) => value as WriterLetter;
  finds = 0;
  readonly lookup = new LookupController<WriterLetter>(this, {
    numberInput: '#t-number',
    codeInput: '#t-code',
    resultSelector: '.result',
    messages: () => ({ needNumber: '请填写信件编号', needCode: '请填写查询码', failed: '查询时出错' }),
    find: (api, number, code, signal) => {
      this.finds++;
      return lookupLetter(number, { api, queryCode: code, locale: this.locale, signal, parse: (value) => this.parse(value) });
    },
  });

  override render() {
    const s = this.lookup.state;
    return html`<form @submit=${(event: Event) => void this.lookup.submit(event)}>
        ${renderLookupField({ id: 't-number', label: '信件编号', value: s.number, error: s.errors.number, onInput: (v) => this.lookup.input('number', v) })}
        ${renderLookupField({ id: 't-code', label: '查询码', value: s.code, error: s.errors.code, onInput: (v) => this.lookup.input('code', v) })}
        <button>查询</button>
      </form>
      ${s.notFound ? html`<p class="not-found">没有找到</p>` : ''}
      ${s.failure ? html`<p class="failure">${s.failure}</p>` : ''}
      ${s.result ? html`<h3 class="result" tabindex="-1">${s.result.subject}</h3>` : ''}`;
  }
}
customElements.define('gk-test-lookup', TestLookup);

async function mount(): Promise<TestLookup> {
  const el = await fixture<TestLookup>(fixtureHtml`<gk-test-lookup lang="zh-Hans"></gk-test-lookup>`);
  await el.updateComplete;
  return el;
}

async function lookUp(el: TestLookup, number: string, code: string): Promise<void> {
  el.lookup.input('number', number);
  el.lookup.input('code', code);
  await el.lookup.submit();
  await el.updateComplete;
}

describe('LookupController', () => {
  it('asks for both fields, focusing the first empty one, without a request', async () => {
    const el = await mount();
    await el.lookup.submit();
    await el.updateComplete;
    expect(el.lookup.state.errors).to.deep.equal({ number: '请填写信件编号', code: '请填写查询码' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('t-number');
    expect(el.shadowRoot!.querySelector('#t-number')!.getAttribute('aria-describedby')).to.equal('t-number-error');
    el.lookup.input('number', ' XJ-1 ');
    await el.lookup.submit();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('t-code');
    expect(el.finds).to.equal(0);
  });

  it('gives one "not found" for a wrong code and a wrong number', async () => {
    const el = await mount();
    await lookUp(el, SEEDED.letterNumber, 'WRONG123');
    expect(el.lookup.state).to.include({ notFound: true, busy: false, result: undefined });
    const wrongCode = el.shadowRoot!.querySelector('.not-found')!.textContent;
    await lookUp(el, 'XJ-00000000-000000', SEEDED.queryCode);
    expect(el.lookup.state.notFound).to.equal(true);
    expect(el.shadowRoot!.querySelector('.not-found')!.textContent).to.equal(wrongCode);
  });

  it('finds the letter with its number and code (trimmed) and focuses the result', async () => {
    const el = await mount();
    await lookUp(el, ` ${SEEDED.letterNumber} `, `${SEEDED.queryCode} `);
    expect(el.lookup.state.result?.letterNumber).to.equal(SEEDED.letterNumber);
    expect(el.shadowRoot!.activeElement?.classList.contains('result')).to.equal(true);
  });

  it('says the lookup failed when the answer is unusable', async () => {
    const el = await mount();
    el.parse = () => {
      throw new TypeError('unexpected server answer');
    };
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    expect(el.lookup.state).to.include({ failure: '查询时出错', busy: false, notFound: false });
  });

  it('lets the newest lookup win', async () => {
    const el = await mount();
    el.lookup.input('number', SEEDED.letterNumber);
    el.lookup.input('code', SEEDED.queryCode);
    const first = el.lookup.submit();
    el.lookup.input('code', 'WRONG123');
    const second = el.lookup.submit();
    await Promise.all([first, second]);
    await el.updateComplete;
    expect(el.lookup.state.result).to.equal(undefined);
    expect(el.lookup.state.notFound).to.equal(true);
  });

  it('does nothing without an api', async () => {
    const el = await mount();
    el.api = undefined;
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    expect(el.finds).to.equal(0);
    expect(el.lookup.state).to.include({ busy: false, notFound: false, result: undefined });
  });
});
