import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureLocalization } from '@lit/localize';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { GkViewsFixture, RETRY_AT } from './views-fixture.js';
import { defineElement } from '../src/base/define.js';
import { pageWindow } from '../src/views/pager.js';
import { formatDate } from '../src/localize/format.js';
import { matchLocale } from '../src/localize/locale.js';

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

async function settle(el: GkViewsFixture): Promise<void> {
  // The first render waits for the locale's translations.
  for (let i = 0; i < 5; i++) await el.updateComplete;
}

describe('GkElement locale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('follows <html lang> and renders the source (zh-Hans) text by default', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture state="loading"></gk-views-fixture>`);
    await settle(el);
    expect(el.locale).to.equal('zh-Hans');
    expect(text(el)).to.contain('正在加载数据');
  });

  it('uses the closest [lang] ancestor, across a shadow root, and loads that translation', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    const wrapper = await fixture(html`<div lang="zh-TW"><div></div></div>`);
    const host = wrapper.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('gk-views-fixture');
    el.state = 'loading';
    root.append(el);
    await settle(el);
    expect(el.locale).to.equal('zh-Hant');
    expect(text(el)).to.contain('正在載入資料');
  });

  it('gives two elements on one page their own languages', async () => {
    const wrapper = await fixture(html`<div>
      <gk-views-fixture lang="en" state="empty"></gk-views-fixture>
      <gk-views-fixture lang="zh-Hans" state="empty"></gk-views-fixture>
    </div>`);
    const [en, zh] = [...wrapper.querySelectorAll('gk-views-fixture')];
    await settle(en!);
    await settle(zh!);
    expect(text(en!)).to.contain('Nothing matches your search.');
    expect(text(zh!)).to.contain('没有找到符合条件的内容');
  });

  it('re-renders when the page language changes', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture state="empty"></gk-views-fixture>`);
    await settle(el);
    expect(text(el)).to.contain('没有找到');
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(el.locale).to.equal('en');
    expect(text(el)).to.contain('Nothing matches');
  });

  it('interpolates values in translated messages', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="en"></gk-views-fixture>`);
    await settle(el);
    expect(text(el)).to.contain('395 results, page 1 of 20');
    expect(text(el)).to.contain('3 records have errors and are not shown.');
  });

  it('does not stop a host page from configuring @lit/localize itself', async () => {
    // Gongkai never calls configureLocalization, so the host's call succeeds
    // and our elements keep their own per-element languages.
    expect(() =>
      configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: () => Promise.resolve({ templates: {} }) }),
    ).not.to.throw();
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="zh-Hant" state="empty"></gk-views-fixture>`);
    await settle(el);
    expect(text(el)).to.contain('沒有找到符合條件的內容');
  });

  it('maps language tags onto supported locales', () => {
    expect(matchLocale('zh-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh-Hant-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal('zh-Hans');
    expect(matchLocale(null)).to.equal('zh-Hans');
  });

  it('formats civil dates the Chinese way whatever the time zone', () => {
    expect(formatDate('2026-11-22', 'zh-Hans')).to.equal('2026年11月22日');
    expect(formatDate('2026-11-22T23:30:00+08:00', 'zh-Hans')).to.equal('2026年11月22日');
    expect(formatDate('2026-11-22', 'en')).to.equal('Nov 22, 2026');
    expect(formatDate('not a date', 'zh-Hans')).to.equal('not a date');
  });
});

describe('GkElement events and registration', () => {
  it('emits bubbling, composed gk- events with a typed detail', async () => {
    const outer = await fixture(html`<div><gk-views-fixture></gk-views-fixture></div>`);
    const el = outer.querySelector('gk-views-fixture')!;
    setTimeout(() => el.emit('gk-select', { id: 'x1' }));
    const event = await oneEvent(outer, 'gk-select');
    expect(event.detail).to.deep.equal({ id: 'x1' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('warns once, and does not throw, when a tag is defined a second time', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends GkViewsFixture {}
      class Third extends GkViewsFixture {}
      defineElement('gk-views-fixture', Other);
      defineElement('gk-views-fixture', Third);
      defineElement('gk-views-fixture', GkViewsFixture);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<gk-views-fixture> is already defined');
    expect(customElements.get('gk-views-fixture')).to.equal(GkViewsFixture);
  });
});

describe('shared views', () => {
  for (const state of ['loading', 'empty', 'error', 'list', 'sending', 'waiting', 'gave-up', 'refused'] as const) {
    for (const lang of ['zh-Hans', 'en']) {
      it(`has no axe violations in the ${state} view (${lang})`, async () => {
        const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang=${lang} .state=${state}></gk-views-fixture>`);
        await settle(el);
        await expectNoAxeViolations(el, state);
      });
    }
  }

  it('tells each submission state apart, politely announced, with the right buttons', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="zh-Hans" state="sending"></gk-views-fixture>`);
    await settle(el);
    const status = () => el.shadowRoot!.querySelector('.progress [role="status"]')!;
    const buttons = () => [...el.shadowRoot!.querySelectorAll('.progress .actions button')].map((b) => b.textContent!.trim());
    expect(status().getAttribute('aria-live')).to.equal('polite');
    expect(status().textContent).to.contain('正在提交申请');
    expect(el.shadowRoot!.querySelector('.gk-spinner')).to.exist;
    expect(buttons()).to.deep.equal([]);

    el.state = 'waiting';
    await el.updateComplete;
    expect(status().textContent).to.contain('网络连接不稳定或已断开。');
    // The next attempt in the reader's own clock time (the page's time zone, like their clock).
    const local = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(RETRY_AT);
    expect(status().textContent).to.contain(`下次自动重试时间：${local}。`);
    expect(status().textContent).to.contain('重试不会产生重复的申请。');
    expect(buttons()).to.deep.equal(['立即重试']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.retry-now')!.click();
    expect(el.retried).to.equal(1);

    el.state = 'gave-up';
    await el.updateComplete;
    expect(buttons()).to.deep.equal(['立即重试', '返回修改申请']);

    el.state = 'refused';
    await el.updateComplete;
    expect(status().textContent).to.contain('申请未能提交。');
    expect(status().textContent).to.contain('受理机关不存在。');
    expect(buttons()).to.deep.equal(['返回修改申请']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back-to-form')!.click();
    expect(el.backToForm).to.equal(1);
  });

  it('words the shared parts of the waiting state in English', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="en" state="waiting"></gk-views-fixture>`);
    await settle(el);
    expect(text(el)).to.contain('The connection is unstable or lost.');
    expect(text(el)).to.match(/Next attempt at \d\d:\d\d:\d\d\./);
    expect(el.shadowRoot!.querySelector('.retry-now')!.textContent!.trim()).to.equal('Retry now');
  });

  it('shows the JSON path of a data error', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture state="error"></gk-views-fixture>`);
    await settle(el);
    const path = el.shadowRoot!.querySelector('.gk-path');
    expect(path?.textContent).to.equal('items[412].legalBasis[0].title');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('shows download progress with an accessible progress bar', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture state="loading"></gk-views-fixture>`);
    await settle(el);
    const bar = el.shadowRoot!.querySelector('progress')!;
    expect(bar.value).to.equal(512 * 1024);
    expect(bar.max).to.equal(2048 * 1024);
    expect(text(el)).to.contain('512 KB / 2 MB');
  });

  it('toggles filter chips with the keyboard', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="zh-Hans"></gk-views-fixture>`);
    await settle(el);
    const chip = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.gk-chip')].find((b) => b.textContent?.includes('行政许可'))!;
    chip.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.deep.equal(['licensing']);
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.deep.equal([]);
  });

  it('pages with the pager and marks the current page', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture lang="zh-Hans"></gk-views-fixture>`);
    await settle(el);
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.gk-pager button')].find((b) => b.textContent?.includes('下一页'))!;
    next.click();
    await el.updateComplete;
    expect(el.page).to.equal(2);
    expect(el.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim()).to.equal('2');
    expect(pageWindow(10, 20)).to.deep.equal([1, 0, 9, 10, 11, 0, 20]);
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
  });

  it('moves focus from an error-summary link to its field', async () => {
    const el = await fixture<GkViewsFixture>(html`<gk-views-fixture></gk-views-fixture>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.gk-error-summary a')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('q');
  });

  it('keeps its typography under hostile host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `* { font-size: 12px !important; line-height: 1 !important; color: red !important; letter-spacing: 3px; font-family: serif; }
      html { font-size: 10px; } div, input, table, a { margin: 20px; border: 5px dotted blue; }`;
    document.head.append(style);
    try {
      const el = await fixture<GkViewsFixture>(html`<gk-views-fixture></gk-views-fixture>`);
      await settle(el);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const computed = getComputedStyle(base);
      expect(computed.fontSize).to.equal('16px');
      expect(computed.letterSpacing).to.equal('normal');
      expect(computed.color).to.equal('rgb(31, 31, 31)');
      const input = el.shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).marginTop).to.equal('0px');
    } finally {
      style.remove();
    }
  });
});
