/**
 * <gk-mayor-mailbox> against test/servers/mailbox-stub.mjs: letters by handling unit from the
 * server's statistics (api mode), the lookup timeline from the server's events, and the
 * shared-computer switch that keeps drafts off the machine.
 */
import { expect } from '@open-wc/testing';
import { settled } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { $, API, DRAFT_KEY, SEEDED, click, control, lookUp, mount, showView, text, type, waitFor } from './helpers.js';

const SHARED_KEY = 'gongkai:mayor-mailbox:shared-computer';

beforeEach(async () => {
  await control({ reset: true });
  sessionStorage.clear();
});

const rows = (el: Element, index: number) =>
  [...el.shadowRoot!.querySelectorAll('.stats-table')[index]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<gk-mayor-mailbox> statistics by unit in api mode', () => {
  it('shows every unit of GET mailbox/stats with counts, shares and on-time rates, as chart and table', async () => {
    const el = await mount({ api: API });
    await showView(el, 'stats');
    await waitFor('the unit table', () => el.shadowRoot!.querySelectorAll('.stats-table').length === 2);
    const section = $(el, 'section[aria-labelledby="mm-stats-unit"]');
    // All letters of the period, not only published ones: no "published letters" wording.
    expect(section.querySelector('#mm-stats-unit')!.textContent!.trim()).to.equal('按承办单位统计');
    // Shares of the 980 assigned letters; the unit without a known on-time rate says so.
    expect(rows(el, 1)).to.deep.equal([
      ['示例市住房和城乡建设局', '420', '42.9%', '99%'],
      ['示例市交通运输局', '300', '30.6%', '97.6%'],
      ['示例市民政局', '160', '16.3%', '100%'],
      ['示例市教育局', '100', '10.2%', '暂无'],
    ]);
    const headers = [...el.shadowRoot!.querySelectorAll('.stats-table')[1]!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['承办单位', '件数', '占比', '按时答复率']);
    // The type table keeps its three columns.
    expect(rows(el, 0)[0]).to.deep.equal(['咨询', '400', '40%']);
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.contain('示例市住房和城乡建设局 420').and.to.contain('示例市教育局 100');
    expect(svg.querySelectorAll('rect')).to.have.length(4);
    await expectNoAxeViolations(el, 'statistics with units from the server');
  });
});

describe('<gk-mayor-mailbox> lookup timeline from the server\'s events', () => {
  const steps = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('.timeline > li')].map((li) => ({
      label: li.querySelector('.timeline__label')!.textContent!.trim(),
      time: li.querySelector('time')?.getAttribute('datetime') ?? '',
      shown: li.querySelector('time')?.textContent?.trim() ?? '',
      unit: li.querySelector('.timeline__unit')?.textContent?.trim() ?? '',
      current: li.getAttribute('aria-current') === 'step',
    }));

  it('lists every status change with its time and unit, the last one current; a rating adds a step', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    const before = steps(el);
    expect(before.map((s) => s.label)).to.deep.equal(['已收到', '已受理', '已转办', '已受理', '已转办', '办理中', '已答复']);
    expect(before.map((s) => s.unit)).to.deep.equal(['', '', '交由示例市交通运输局办理', '', '交由示例市城市管理局办理', '', '办理单位：示例市城市管理局']);
    expect(before[0]).to.include({ time: '2026-10-20T08:30:00+08:00', shown: '2026年10月20日 08:30' });
    expect(before.map((s) => s.current)).to.deep.equal([false, false, false, false, false, false, true]);
    expect(text(el, '.timeline [aria-current="step"]')).to.contain('（当前）');
    // Not the drawn closed loop: no steps still to come.
    expect(el.shadowRoot!.querySelector('.timeline__step--todo')).to.equal(null);
    await expectNoAxeViolations(el, 'lookup with the event timeline');

    await click(el, '#mm-rating'); // 满意
    $<HTMLFormElement>(el, 'form.rating').requestSubmit();
    await waitFor('the thanks', () => Boolean(el.shadowRoot!.querySelector('.rating-done')));
    const after = steps(el);
    expect(after).to.have.length(8);
    expect(after.at(-1)).to.include({ label: '已评价', current: true });
    expect(after.filter((s) => s.current)).to.have.length(1);
  });

  it('in English, with the unit phrases translated', async () => {
    const el = await mount({ api: API }, 'en');
    await showView(el, 'lookup');
    await lookUp(el, SEEDED.letterNumber, SEEDED.queryCode);
    const units = [...el.shadowRoot!.querySelectorAll('.timeline__unit')].map((u) => u.textContent!.trim());
    expect(units).to.deep.equal(['Assigned to 示例市交通运输局', 'Assigned to 示例市城市管理局', 'Handling unit: 示例市城市管理局']);
  });

  it('falls back to the closed loop drawn from status and dates when a letter comes without events', async () => {
    const el = await mount();
    await showView(el, 'lookup');
    // A published letter (no events) answered for any code, as the server does.
    await lookUp(el, 'XJ-20261001-000001', 'ANYCODE1');
    expect(el.shadowRoot!.querySelector('.timeline--events')).to.equal(null);
    expect(text(el, '.timeline [aria-current="step"]')).to.contain('办理中');
    expect(el.shadowRoot!.querySelectorAll('.timeline__step--todo').length).to.be.greaterThan(0);
  });
});

describe('<gk-mayor-mailbox> shared computer', () => {
  const typed = ['停车难', '小区门口每天晚上都停满了车。'];
  const storedValues = () => Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.getItem(sessionStorage.key(i)!) ?? '');

  it('turns drafts off — nothing typed reaches sessionStorage while it is on, also after a reload', async () => {
    let el = await mount();
    await type(el, 'subject', '路灯不亮');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('路灯不亮');
    const box = $<HTMLInputElement>(el, '#mm-shared');
    expect(box.checked).to.equal(false);
    expect(text(el, 'label[for="mm-shared"]')).to.contain('公共电脑');
    await click(el, '#mm-shared');
    expect(sessionStorage.getItem(DRAFT_KEY), 'the earlier draft is removed').to.equal(null);
    await type(el, 'type', 'complaint');
    await type(el, 'subject', typed[0]!);
    await type(el, 'content', typed[1]!);
    await click(el, '#mm-mayPublish');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
    for (const value of storedValues()) {
      for (const words of [...typed, 'complaint', '路灯不亮']) expect(value, 'no typed text anywhere in sessionStorage').not.to.contain(words);
    }
    expect(Object.keys(sessionStorage)).to.deep.equal([SHARED_KEY]);

    // A reload keeps the switch on and restores nothing.
    const parent = el.parentElement!;
    el.remove();
    el = document.createElement('gk-mayor-mailbox');
    el.setAttribute('api', API);
    el.setAttribute('url-state', 'none');
    parent.append(el);
    await settled(el);
    await waitFor('the form', () => Boolean(el.shadowRoot!.querySelector('#mm-shared')));
    expect($<HTMLInputElement>(el, '#mm-shared').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#mm-subject').value).to.equal('');
    await type(el, 'subject', '还是不保存');
    expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);

    // Off again: drafts resume with what is in the form, and the switch is forgotten.
    await click(el, '#mm-shared');
    expect(sessionStorage.getItem(SHARED_KEY)).to.equal(null);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('还是不保存');
    await expectNoAxeViolations(el, 'write view with the shared-computer switch');
  });
});
