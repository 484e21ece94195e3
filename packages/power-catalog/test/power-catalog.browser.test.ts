import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { GkPowerCatalog } from '../src/power-catalog.js';
import { generatePowerItems, powerCatalogFile } from '../../../test/fixtures/power-items.js';
import { runElementContract, settled } from '../../../test/contract/element-contract.js';
import { runCollectionElementSuite } from '../../../test/contract/collection-suite.js';
import type { PowerItem } from '@gongkai/schema';
import { InMemorySource } from '@gongkai/client';
import { mountWithSource, observeSource } from '../../../test/helpers/observed-source.js';

const DATA = '/test/fixtures/data/';

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}
function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
}

async function mountSrc(src: string, attrs = ''): Promise<GkPowerCatalog> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
  wrapper.innerHTML = `<gk-power-catalog src="${src}" url-state="none" ${attrs}></gk-power-catalog>`;
  const el = wrapper.firstElementChild as GkPowerCatalog;
  await oneEvent(el, 'gk-load');
  await settled(el);
  return el;
}

async function mountData(items: PowerItem[], attrs: Record<string, string> = {}): Promise<GkPowerCatalog> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
  const el = document.createElement('gk-power-catalog');
  el.setAttribute('url-state', 'none');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = powerCatalogFile(items);
  const loaded = oneEvent(el, 'gk-load');
  wrapper.append(el);
  await loaded;
  await settled(el);
  return el;
}

async function search(el: GkPowerCatalog, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 20));
  await settled(el);
}

function chip(el: GkPowerCatalog, label: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>('.gk-chip')].find((b) => b.textContent!.trim().startsWith(label));
  if (!found) throw new Error(`no chip ${label}`);
  return found;
}

async function openFirst(el: GkPowerCatalog): Promise<void> {
  shadow(el).querySelector<HTMLAnchorElement>('.item-link')!.click();
  await new Promise((r) => setTimeout(r, 20));
  await settled(el);
}

runElementContract({
  tag: 'gk-power-catalog',
  mount: () => mountSrc(`${DATA}power-catalog.json`),
  brokenSrc: `${DATA}power-catalog-broken.json`,
  brokenPath: 'items',
  states: [
    { name: 'list view' },
    { name: 'table view', enter: async (el) => chip(el as GkPowerCatalog, '表格').click() },
    { name: 'filtered view', enter: async (el) => { await search(el as GkPowerCatalog, '许可'); chip(el as GkPowerCatalog, '行政许可').click(); } },
    { name: 'no results', enter: async (el) => search(el as GkPowerCatalog, '不存在的事项名称') },
    { name: 'item view', enter: async (el) => { await search(el as GkPowerCatalog, '许可'); await openFirst(el as GkPowerCatalog); } },
  ],
});

describe('<gk-power-catalog> browsing', () => {
  it('loads a static file, counts every power type and department, and pages 10,000 items without 10,000 rows', async () => {
    const items = generatePowerItems(10_000, 3);
    const el = await mountData(items);
    const rows = shadow(el).querySelectorAll('.result');
    expect(rows.length).to.equal(20);
    expect(text(el)).to.contain('找到 10,000 项');
    const penaltyCount = items.filter((i) => i.type === 'penalty').length;
    expect(chip(el, '行政处罚').textContent).to.contain(`(${penaltyCount.toLocaleString('zh-CN')})`);
    const fgw = items.filter((i) => i.department === 'fgw').length;
    expect(chip(el, '示例市发展和改革委员会').textContent).to.contain(`(${fgw.toLocaleString('zh-CN')})`);
    expect(shadow(el).querySelectorAll('*').length).to.be.lessThan(2500);
  });

  it('combines type and department filters with search, updating counts', async () => {
    const items = generatePowerItems(400, 5);
    const el = await mountData(items);
    chip(el, '行政处罚').click();
    await settled(el);
    chip(el, '示例市公安局').click();
    await settled(el);
    await search(el, '处罚');
    const expected = items.filter((i) => i.type === 'penalty' && i.department === 'gaj' && (i.name.includes('处罚') || (i.legalBasis ?? []).some((b) => b.title.includes('处罚'))));
    expect(text(el)).to.contain(`找到 ${expected.length} 项`);
    for (const name of shadow(el).querySelectorAll('.result__name')) {
      expect(expected.map((i) => i.name)).to.include(name.textContent!.trim());
    }
  });

  it('finds Simplified text with a Traditional query and highlights the match', async () => {
    const el = await mountData(generatePowerItems(200, 5));
    await search(el, '許可');
    const marks = [...shadow(el).querySelectorAll('.result__name mark')].map((m) => m.textContent);
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((m) => m === '许可')).to.equal(true);
  });

  it('offers to clear filters when nothing matches', async () => {
    const el = await mountData(generatePowerItems(50, 5));
    await search(el, '绝对找不到的内容');
    expect(text(el)).to.contain('没有找到符合条件的内容');
    const clear = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('清除搜索和筛选条件'))!;
    clear.click();
    await settled(el);
    expect(text(el)).to.contain('找到 50 项');
    expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
  });

  it('shows a compact table with name, type, department, promised limit and fee', async () => {
    const el = await mountData(generatePowerItems(30, 5), { layout: 'table' });
    const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['事项名称', '类型', '实施主体', '承诺时限', '收费']);
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(20);
  });

  it('reloads when the src attribute changes', async () => {
    const el = await mountSrc(`${DATA}power-catalog.json`);
    expect(text(el)).to.contain('找到 60 项');
    const loaded = oneEvent(el, 'gk-load');
    el.setAttribute('src', `${DATA}power-catalog-partial.json`);
    await loaded;
    await settled(el);
    expect(text(el)).to.contain('找到 9 项');
  });
});

describe('<gk-power-catalog> item view', () => {
  it('shows every section in the contract order, legal basis highest rank first, and no "undefined"', async () => {
    const [item] = generatePowerItems(1, 11);
    const full: PowerItem = {
      ...item!,
      type: 'licensing',
      handlingUnit: '行政审批科',
      level: 'municipal',
      implementingBody: { nature: 'entrusted', entrustingBody: '示例省市场监督管理局' },
      legalBasis: [
        { title: '示例市城市绿化管理办法', rank: 'localRule', article: '第十条' },
        { title: '中华人民共和国行政许可法', rank: 'law', article: '第十二条', url: 'https://flk.npc.gov.cn/' },
        { title: '医疗机构管理条例', rank: 'administrativeRegulation' },
      ],
      conditions: ['条件一'],
      materials: [{ name: '申请书', required: true, originals: 1, copies: 2, form: 'paper' }],
      process: { steps: [{ name: '申请' }, { name: '受理' }, { name: '决定' }] },
      timeLimits: { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 10, unit: 'workingDay' }, excludedProcedures: ['听证', '检验'] },
      fees: { charged: true, items: [{ name: '工本费', standard: '10元', basis: '示价费〔2019〕12号' }] },
      channels: { windows: [{ name: '市民中心窗口', address: '人民大道100号', hours: '9:00—17:00', phone: '0531-12345678' }], onlineApplyUrl: 'https://zwfw.example.gov.cn/a', supervisionPhone: '12345' },
      responsibilities: [{ stage: '受理', duties: '审查材料' }],
      accountability: ['不依法受理的'],
      subItems: [{ name: '子项一', code: 'S-1' }],
      updatedAt: '2026-11-22',
    };
    const el = await mountData([full]);
    const selected = oneEvent(el, 'gk-select');
    await openFirst(el);
    expect((await selected).detail).to.deep.equal({ id: full.id });
    const headings = [...shadow(el).querySelectorAll('.item__section h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['设定依据', '受理条件', '申请材料', '办理流程', '办理时限', '收费', '办理渠道', '责任事项', '追责情形', '子项']);
    const bases = [...shadow(el).querySelectorAll('.basis__title')].map((b) => b.textContent!.trim());
    expect(bases).to.deep.equal(['《中华人民共和国行政许可法》', '《医疗机构管理条例》', '《示例市城市绿化管理办法》']);
    const body = text(el);
    expect(body).to.contain('受委托组织');
    expect(body).to.contain('示例省市场监督管理局');
    expect(body).to.contain('20 个工作日');
    expect(body).to.contain('听证、检验');
    expect(body).to.contain('2026年11月22日');
    expect(body).not.to.contain('undefined');
    expect(shadow(el).querySelector('svg[role="img"] title')!.textContent).to.contain('共 3 步');
    expect([...shadow(el).querySelectorAll('.flow__steps li')].map((li) => li.textContent!.trim())).to.deep.equal(['申请', '受理', '决定']);
  });

  it('draws the flowchart arrowheads pointing down, along the lines (issue #17 item 15)', async () => {
    const [item] = generatePowerItems(1, 12);
    const el = await mountData([{ ...item!, process: { steps: [{ name: '申请' }, { name: '受理' }] } }]);
    await openFirst(el);
    // Render only the connector and its marker (no boxes, no text) to pixels, as the browser draws it.
    const svg = shadow(el).querySelector<SVGSVGElement>('svg.flow__svg')!.cloneNode(true) as SVGSVGElement;
    svg.querySelectorAll('rect, text, title').forEach((node) => node.remove());
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const inked = (x: number, y: number) => data[(y * width + x) * 4 + 3]! > 128;
    const rows: number[] = [];
    for (let y = 0; y < height; y++) {
      let count = 0;
      for (let x = 0; x < width; x++) if (inked(x, y)) count++;
      if (count > 0) rows.push(count);
    }
    expect(rows.length, `an arrowhead is drawn: ${JSON.stringify(rows)}`).to.be.greaterThan(3);
    // Pointing down: widest at the top, narrowing to the tip at the bottom.
    expect(rows[0]!, JSON.stringify(rows)).to.be.greaterThan(rows[rows.length - 1]! + 2);
    expect(Math.max(...rows)).to.equal(Math.max(rows[0]!, rows[1]!));
  });

  it('omits sections that are missing', async () => {
    const minimal: PowerItem = { id: 'm1', name: '最简事项', type: 'other', department: '不存在的部门', legalBasis: [{ title: '某法' }] };
    const el = await mountData([minimal]);
    await openFirst(el);
    const headings = [...shadow(el).querySelectorAll('.item__section h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['设定依据']);
    expect(text(el)).to.contain('不存在的部门');
    expect(text(el)).not.to.contain('undefined');
  });

  it('says 设定依据：未公开 for an item published without one (issue #17 item 12)', async () => {
    const incomplete: PowerItem = { id: 'i1', name: '建设工程消防验收', type: 'licensing', department: '广安区住房和城乡建设局', incomplete: ['legalBasis'] };
    const el = await mountData([incomplete]);
    expect(text(el)).to.contain('建设工程消防验收');
    await openFirst(el);
    const basis = shadow(el).querySelector('.item__section')!;
    expect(basis.querySelector('h3')!.textContent!.trim()).to.equal('设定依据');
    expect(basis.querySelector('.basis--unpublished')!.textContent!.trim()).to.equal('未公开');
    expect(text(el)).not.to.contain('undefined');
  });

  it('shows HTML and script in data as text and drops javascript: URLs', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const item: PowerItem = {
      id: 'x1', name: `${evil}事项`, type: 'licensing', department: evil,
      legalBasis: [{ title: evil, url: 'javascript:window.pwned=true' }],
      onlineUrl: 'javascript:window.pwned=true',
      channels: { onlineApplyUrl: 'javascript:alert(1)', onlineQueryUrl: ' JaVaScRiPt:alert(1)' },
      materials: [{ name: evil, required: true, templateUrl: 'javascript:alert(1)' }],
    };
    const el = await mountData([item]);
    await openFirst(el);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(text(el)).to.contain('<script>');
    for (const a of shadow(el).querySelectorAll('a')) expect(a.getAttribute('href')!.toLowerCase()).not.to.contain('javascript');
  });

  it('lists 300 process steps without drawing them and keeps 20 KB legal texts', async () => {
    const [item] = generatePowerItems(1, 12);
    const long: PowerItem = {
      ...item!,
      process: { steps: Array.from({ length: 300 }, (_, i) => ({ name: `第${i + 1}步` })) },
      legalBasis: [{ title: '长条文', text: '条'.repeat(20_000) }],
    };
    const el = await mountData([long]);
    await openFirst(el);
    expect(shadow(el).querySelectorAll('.flow__steps li').length).to.equal(300);
    expect(shadow(el).querySelector('svg.flow__svg')).to.equal(null);
    expect(shadow(el).querySelector('.basis__text .pre')!.textContent!.length).to.equal(20_000);
  });

  it('supports a keyboard-only path from search to an item and back', async () => {
    const el = await mountData(generatePowerItems(40, 5));
    shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: '许可' });
    await settled(el);
    // Tab past the search button and the filter chips to the first result.
    const firstLink = shadow(el).querySelector<HTMLAnchorElement>('.item-link')!;
    for (let i = 0; i < 40 && shadow(el).activeElement !== firstLink; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(firstLink);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(shadow(el).activeElement?.classList.contains('item__title')).to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expect(shadow(el).activeElement?.textContent).to.contain('返回列表');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(shadow(el).querySelector('.item')).to.equal(null);
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal(firstLink.textContent?.trim());
  });
});

describe('<gk-power-catalog> URL state', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reflects search, filters and the open item in the hash; Back closes the item', async () => {
    const el = await mountData(generatePowerItems(80, 5), { 'url-state': 'hash' });
    await search(el, '许可');
    chip(el, '行政许可').click();
    await settled(el);
    expect(decodeURIComponent(location.hash)).to.contain('pc.q=许可');
    expect(location.hash).to.contain('pc.type=licensing');
    await openFirst(el);
    expect(location.hash).to.match(/pc\.open=pc-\d+/);
    history.back();
    await new Promise((r) => setTimeout(r, 100));
    await settled(el);
    expect(shadow(el).querySelector('.item')).to.equal(null);
    expect(location.hash).not.to.contain('pc.open');
    expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('许可');
  });

  it('opens the view a shared link describes', async () => {
    const items = generatePowerItems(80, 5);
    const target = items.find((i) => i.type === 'penalty')!;
    history.replaceState(null, '', `#pc.type=penalty&pc.open=${target.id}`);
    const el = await mountData(items, { 'url-state': 'hash' });
    expect(shadow(el).querySelector('.item__title')!.textContent).to.equal(target.name);
    shadow(el).querySelector<HTMLButtonElement>('.back')!.click();
    await settled(el);
    expect(chip(el, '行政处罚').getAttribute('aria-pressed')).to.equal('true');
  });

  it('uses the query string with url-state="query" and leaves the URL alone with "none"', async () => {
    const el = await mountData(generatePowerItems(20, 5), { 'url-state': 'query' });
    await search(el, '检查');
    expect(decodeURIComponent(location.search)).to.contain('pc.q=检查');
    history.replaceState(null, '', location.pathname);
    const quiet = await mountData(generatePowerItems(20, 5), { 'url-state': 'none' });
    const before = location.href;
    await search(quiet, '检查');
    expect(location.href).to.equal(before);
  });
});

describe('<gk-power-catalog> data problems', () => {
  it('renders the valid items of a partially valid file with a visible count of skipped ones', async () => {
    const el = await mountSrc(`${DATA}power-catalog-partial.json`);
    expect(text(el)).to.contain('找到 9 项');
    expect(shadow(el).querySelector('[part="skipped-notice"]')!.textContent).to.contain('有 3 条数据格式有误');
  });

  for (const [file, code, words] of [
    ['does-not-exist.json', 'http', '404'],
    ['not-json.json', 'not-json', 'JSON'],
    ['power-catalog-newer.json', 'newer-version', '更新的格式版本'],
  ] as const) {
    it(`reports ${code} distinctly`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
      wrapper.innerHTML = `<gk-power-catalog src="${DATA}${file}" url-state="none"></gk-power-catalog>`;
      const el = wrapper.firstElementChild as GkPowerCatalog;
      const event = (await oneEvent(el, 'gk-error')) as CustomEvent<{ code: string }>;
      expect(event.detail.code).to.equal(code);
      await settled(el);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(words);
    });
  }
});

describe('<gk-power-catalog> large files', () => {
  it('shows download progress for a 20 MB file and keeps the page responsive while validating it', async () => {
    const items = generatePowerItems(15_000, 21);
    const json = JSON.stringify(powerCatalogFile(items));
    const blob = new Blob([json], { type: 'application/json' });
    expect(blob.size).to.be.greaterThan(19_000_000);
    const url = URL.createObjectURL(blob);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
    const el = document.createElement('gk-power-catalog');
    el.setAttribute('url-state', 'none');
    el.setAttribute('src', url);
    const progressSeen: number[] = [];
    // Count macrotasks the page gets to run while the element loads: a frozen main thread runs none.
    let ticks = 0;
    let loading = true;
    const tick = () => {
      ticks++;
      if (loading) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const loaded = oneEvent(el, 'gk-load');
    wrapper.append(el);
    await el.updateComplete;
    const observer = new MutationObserver(() => {
      const bar = el.shadowRoot?.querySelector('progress');
      if (bar) progressSeen.push(bar.value);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const ticksBeforeLoad = ticks;
    await loaded;
    loading = false;
    observer.disconnect();
    URL.revokeObjectURL(url);
    await settled(el);
    expect(text(el)).to.contain('找到 15,000 项');
    expect(progressSeen.length, 'progress updates').to.be.greaterThan(0);
    // Validation of 15,000 items runs in slices with a macrotask between them.
    expect(ticks - ticksBeforeLoad, 'macrotasks run during load').to.be.greaterThan(10);
  });
});

describe('<gk-power-catalog> look, print and languages', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('prints only the open item: no search, filters, pager or buttons', async () => {
    const el = await mountData(generatePowerItems(30, 5));
    await openFirst(el);
    await emulateMedia({ media: 'print' });
    const hidden = (selector: string) => [...shadow(el).querySelectorAll(selector)].every((node) => getComputedStyle(node).display === 'none');
    expect(hidden('.toolbar')).to.equal(true);
    expect(getComputedStyle(shadow(el).querySelector('.item')!).display).not.to.equal('none');
    expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).color).to.equal('rgb(0, 0, 0)');
  });

  it('is themable through --gk-* custom properties and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `gk-power-catalog.themed { --gk-color-accent: rgb(0, 80, 160); --gk-font-size: 20px; }
      gk-power-catalog.themed::part(results) { background: rgb(250, 250, 210); }`;
    document.head.append(style);
    try {
      const el = await mountData(generatePowerItems(10, 5), { class: 'themed' });
      expect(getComputedStyle(shadow(el).querySelector('.badge')!).color).to.equal('rgb(0, 80, 160)');
      expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).fontSize).to.equal('20px');
      expect(getComputedStyle(shadow(el).querySelector('[part~="results"]')!).backgroundColor).to.equal('rgb(250, 250, 210)');
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountData(generatePowerItems(40, 5));
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await openFirst(el);
    // Wide tables scroll inside their own region; the item itself does not overflow.
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('renders in Traditional Chinese and English', async () => {
    const items = generatePowerItems(20, 5);
    const zhHant = await mountData(items, { lang: 'zh-Hant' });
    expect(text(zhHant)).to.contain('行政處罰');
    expect(text(zhHant)).to.contain('找到 20 項');
    const en = await mountData(items, { lang: 'en' });
    expect(text(en)).to.contain('Penalty');
    expect(text(en)).to.contain('20 items found');
    expect(text(en)).to.match(/Promised time limit: \d+ working days/);
  });

  it('skips duplicated ids and unknown types, counting them', async () => {
    const items = generatePowerItems(5, 5) as Array<PowerItem | Record<string, unknown>>;
    items.push({ ...items[0]!, name: '重复的事项' });
    items.push({ ...items[1]!, id: 'odd', type: 'unheardOf' });
    const el = await mountData(items as PowerItem[]);
    expect(text(el)).to.contain('找到 5 项');
    expect(text(el)).to.contain('有 2 条数据格式有误');
    expect(text(el)).not.to.contain('重复的事项');
  });
});

describe('<gk-power-catalog> a slow search', () => {
  it('says it is searching while a slow answer is on its way, in the page language', async () => {
    const observed = observeSource(new InMemorySource(powerCatalogFile(generatePowerItems(80, 3)), 'power-catalog'), { holdSearches: true });
    const el = await mountWithSource<GkPowerCatalog>('gk-power-catalog', observed.source, 'en');
    const count = () => shadow(el).querySelector('.result-count')!.textContent!;
    await search(el, '许可');
    await waitUntil(() => count().includes('Searching…'), 'the searching note', { timeout: 5_000 });
    observed.release();
    await waitUntil(() => !count().includes('Searching…') && /\d/.test(count()), 'the count again', { timeout: 5_000 });
  });
});

runCollectionElementSuite('gk-power-catalog', {
  api: '/test-api/collections/',
  control: '/test-api/collections/_control',
  failGet: 'power-items',
  browsing: {
    src: `${DATA}power-catalog.json`,
    kind: 'power-catalog',
    urlPrefix: 'pc',
    linkSelector: '.item-link',
    openedSelector: '.item__title',
    noMatch: '不存在的事项名称',
  },
});
