import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { GkA11yToolbar } from '../src/a11y-toolbar.js';
import { applyStoredSettings } from '../src/apply-stored-settings.js';
import { applyPageCss } from '../src/page-styles.js';
import { STORAGE_KEY, STORAGE_VERSION } from '../src/settings-storage.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import type { A11ySettings } from '../src/settings.js';
import { HOSTILE_CSS, settled } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';

// --- helpers -------------------------------------------------------------

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

function control(el: GkA11yToolbar, setting: string, value?: string): HTMLButtonElement {
  const selector = value === undefined ? `[data-setting="${setting}"]` : `[data-setting="${setting}"][data-value="${value}"]`;
  const found = shadow(el).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no control ${selector}`);
  return found;
}

async function click(el: GkA11yToolbar, setting: string, value?: string): Promise<void> {
  control(el, setting, value).click();
  await settled(el);
}

/** A host page: a heading and paragraphs in px sizes (like real portals), a link, a field and the toolbar. */
async function mountPage(options: { engine?: FakeSpeech } = {}): Promise<{ page: HTMLElement; toolbar: GkA11yToolbar; para: HTMLParagraphElement }> {
  const page = await fixture<HTMLElement>(html`
    <div lang="zh-Hans" class="host-page">
      <style>
        .host-page p { font-size: 14px; line-height: 1.2; color: #333; transition: opacity 2s; }
        .host-page .spacer { block-size: 1200px; }
      </style>
      <gk-a11y-toolbar></gk-a11y-toolbar>
      <main>
        <h1>示例市人民政府</h1>
        <p id="p1">政府信息公开工作年度报告已发布。欢迎查阅！</p>
        <p id="p2"><a href="#x">办事指南</a></p>
        <label for="q">搜索</label><input id="q" type="text">
      </main>
      <div class="spacer"></div>
    </div>`);
  const toolbar = page.querySelector('gk-a11y-toolbar') as GkA11yToolbar;
  if (options.engine) toolbar.speechEngine = options.engine;
  await settled(toolbar);
  return { page, toolbar, para: page.querySelector('#p1')! };
}

async function mountOpen(engine?: FakeSpeech): Promise<{ page: HTMLElement; toolbar: GkA11yToolbar; para: HTMLParagraphElement }> {
  const mounted = await mountPage({ engine });
  shadow(mounted.toolbar).querySelector<HTMLButtonElement>('.toggle')!.click();
  await settled(mounted.toolbar);
  return mounted;
}

function css(el: Element, pseudo?: string): CSSStyleDeclaration {
  return getComputedStyle(el, pseudo);
}

function base(el: GkA11yToolbar): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
}

/** Clears what a test stored and the page stylesheet it left. */
function cleanSlate(): void {
  localStorage.removeItem(STORAGE_KEY);
  applyPageCss('');
}

function store(settings: Partial<A11ySettings>, version = STORAGE_VERSION): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version, settings: { ...DEFAULT_SETTINGS, ...settings } }));
}

// --- speech test double (only at the speechSynthesis boundary) ------------

interface FakeVoice { name: string; lang: string; localService: boolean; voiceURI: string; default: boolean }

/** Stands in for `window.speechSynthesis`: records calls, ends each utterance when told to. */
class FakeSpeech extends EventTarget {
  log: string[] = [];
  spoken: SpeechSynthesisUtterance[] = [];
  #current: SpeechSynthesisUtterance[] = [];
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as unknown as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance): void {
    this.log.push(`speak:${utterance.text}`);
    this.spoken.push(utterance);
    this.#current.push(utterance);
  }
  cancel(): void {
    this.log.push('cancel');
    const pending = this.#current;
    this.#current = [];
    for (const u of pending) u.dispatchEvent(new Event('error'));
  }
  /** The engine finished the utterance it is speaking. */
  async finishOne(): Promise<void> {
    const u = this.#current.shift();
    u?.dispatchEvent(new Event('end'));
    await new Promise((r) => setTimeout(r, 0));
  }
  /** Finishes utterances until nothing more is queued. */
  async finishAll(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await waitFor(() => this.#current.length > 0, 200).catch(() => undefined);
      if (this.#current.length === 0) return;
      await this.finishOne();
    }
  }
}

const voice = (name: string, lang: string, localService: boolean): FakeVoice => ({ name, lang, localService, voiceURI: name, default: false });
const CHINESE_VOICES = [voice('English', 'en-US', true), voice('Google 普通话', 'zh-CN', false), voice('Tingting', 'zh-CN', true), voice('Sinji', 'zh-HK', true)];

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 10));
  }
}

// --- tests ---------------------------------------------------------------

beforeEach(cleanSlate);
afterEach(async () => {
  cleanSlate();
  await resetMouse();
});

describe('<gk-a11y-toolbar> rendering and contract', () => {
  it('renders on part="base", starts closed with only the toggle, and changes nothing on the page', async () => {
    const { toolbar, para } = await mountPage();
    expect(base(toolbar)).to.exist;
    const toggle = shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(toolbar).querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
    expect(css(para).fontSize).to.equal('14px');
    expect(css(document.body).filter).to.equal('none');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('keeps its typography beside hostile host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      const { toolbar } = await mountOpen();
      const computed = css(base(toolbar));
      expect(computed.fontSize).to.equal('16px');
      expect(computed.letterSpacing).to.equal('normal');
      expect(computed.color).not.to.equal('rgb(255, 0, 255)');
    } finally {
      style.remove();
    }
  });

  const states: Array<[string, (t: GkA11yToolbar) => Promise<void>]> = [
    ['closed', async () => {}],
    ['open', async () => {}],
    ['help panel open', async (t) => click(t, 'help')],
    ['every feature on', async (t) => {
      await click(t, 'larger');
      await click(t, 'larger');
      await click(t, 'elderMode');
      await click(t, 'lineSpacing', '2');
      await click(t, 'letterSpacing', 'wide');
      await click(t, 'colorScheme', 'yellow-black');
      await click(t, 'cursor', 'xlarge');
      await click(t, 'readingGuide');
      await click(t, 'crosshair');
      await click(t, 'captions');
      await click(t, 'reducedMotion');
      await click(t, 'help');
    }],
    ['high contrast dark', async (t) => click(t, 'colorScheme', 'contrast-dark')],
    ['black on white', async (t) => click(t, 'colorScheme', 'black-white')],
    ['grayscale', async (t) => click(t, 'colorScheme', 'grayscale')],
  ];
  for (const [name, enter] of states) {
    it(`has no axe violations: ${name}`, async () => {
      const { toolbar, page } = name === 'closed' ? await mountPage() : await mountOpen();
      await enter(toolbar);
      await settled(toolbar);
      await expectNoAxeViolations(toolbar, name);
      await expectNoAxeViolations(page, `${name} (page)`);
    });
  }

  it('has no axe violations with the speech message shown', async () => {
    const { toolbar } = await mountOpen(new FakeSpeech([voice('English', 'en-US', true)]));
    await click(toolbar, 'continuous');
    await waitFor(() => shadow(toolbar).querySelector('.speech-message') !== null);
    await expectNoAxeViolations(toolbar, 'no Chinese voice');
  });
});

describe('<gk-a11y-toolbar> keyboard', () => {
  function tabbables(root: ShadowRoot): HTMLElement[] {
    const selector = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';
    return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }));
  }

  it('opens with the keyboard, lets Tab reach every control in order, and Escape closes back to the toggle', async () => {
    const { toolbar, page } = await mountPage();
    const before = document.createElement('button');
    before.textContent = 'before';
    page.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(toolbar).activeElement?.classList.contains('toggle')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.settings.open).to.equal(true);
    await click(toolbar, 'help');
    const expected = tabbables(shadow(toolbar));
    expect(expected.length).to.be.greaterThan(25);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(shadow(toolbar).activeElement ?? document.activeElement!);
    }
    const mismatch = expected.findIndex((el, i) => reached[i] !== el);
    expect(mismatch, `Tab ${mismatch + 1} reached ${reached[mismatch]?.textContent}`).to.equal(-1);
    await sendKeys({ press: 'Escape' });
    await settled(toolbar);
    expect(toolbar.settings.open).to.equal(false);
    expect(shadow(toolbar).activeElement?.classList.contains('toggle')).to.equal(true);
    before.remove();
  });

  it('operates every kind of control with Enter and Space', async () => {
    const { toolbar, para } = await mountOpen();
    control(toolbar, 'larger').focus();
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1.25);
    control(toolbar, 'lineSpacing', '2').focus();
    await sendKeys({ press: 'Space' });
    await settled(toolbar);
    expect(control(toolbar, 'lineSpacing', '2').getAttribute('aria-pressed')).to.equal('true');
    expect(parseFloat(css(para).lineHeight)).to.be.closeTo(2 * parseFloat(css(para).fontSize), 0.5);
    control(toolbar, 'help').focus();
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    const checkbox = shadow(toolbar).querySelector<HTMLInputElement>('[data-setting="shortcuts"]')!;
    checkbox.focus();
    await sendKeys({ press: 'Space' });
    await settled(toolbar);
    expect(toolbar.settings.shortcuts).to.equal(false);
    control(toolbar, 'reset').focus();
    await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1);
    expect(toolbar.settings.shortcuts).to.equal(true);
  });

  it('has modifier shortcuts that are listed in the help panel and can be turned off', async () => {
    const { toolbar, para } = await mountOpen();
    document.body.focus();
    await sendKeys({ press: 'Alt+Shift+Equal' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1.25);
    expect(css(para).fontSize).to.equal('20px');
    // A single key (no modifier) does nothing.
    await sendKeys({ press: 'Equal' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1.25);
    await click(toolbar, 'help');
    const help = shadow(toolbar).querySelector('#help')!.textContent!;
    for (const keys of ['Alt+Shift+=', 'Alt+Shift+-', 'Alt+Shift+A', 'Alt+Shift+R', 'Alt+Shift+S', 'Alt+Shift+C', 'Alt+Shift+0']) expect(help).to.contain(keys);
    shadow(toolbar).querySelector<HTMLInputElement>('[data-setting="shortcuts"]')!.click();
    await settled(toolbar);
    await sendKeys({ press: 'Alt+Shift+Equal' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1.25);
  });
});

describe('<gk-a11y-toolbar> settings applied to the host page and gk- elements', () => {
  it('text size steps 100 % → 200 % by font size, reflowing px-sized text, and resets', async () => {
    const { toolbar, para } = await mountOpen();
    const sizes: string[] = [];
    for (let i = 0; i < 5; i++) {
      await click(toolbar, 'larger');
      sizes.push(css(para).fontSize);
    }
    expect(sizes).to.deep.equal(['20px', '24px', '28px', '32px', '32px']);
    expect(control(toolbar, 'larger').getAttribute('aria-disabled')).to.equal('true');
    expect(css(document.body).fontSize).to.equal('32px');
    expect(css(document.documentElement).fontSize).to.equal('32px');
    // Gongkai elements through --gk-font-size.
    expect(css(base(toolbar)).fontSize).to.equal('32px');
    // Reflow, not scaling: no transform, no horizontal scrolling.
    expect(css(document.body).transform).to.equal('none');
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await click(toolbar, 'reset');
    expect(css(para).fontSize).to.equal('14px');
    expect(css(base(toolbar)).fontSize).to.equal('16px');
  });

  it('elder mode makes body text at least 18 px with line spacing at least 1.5 and 60 px targets', async () => {
    const { toolbar, para } = await mountOpen();
    await click(toolbar, 'elderMode');
    expect(control(toolbar, 'elderMode').getAttribute('aria-pressed')).to.equal('true');
    expect(css(para).fontSize).to.equal('18px');
    expect(parseFloat(css(para).lineHeight) / parseFloat(css(para).fontSize)).to.be.at.least(1.5);
    expect(parseFloat(css(base(toolbar)).fontSize)).to.equal(18);
    expect(control(toolbar, 'reset').getBoundingClientRect().height).to.be.at.least(60);
    await click(toolbar, 'elderMode');
    expect(css(para).fontSize).to.equal('14px');
  });

  it('line and letter spacing use the WCAG 1.4.12 values and reach gk- elements', async () => {
    const { toolbar, para } = await mountOpen();
    await click(toolbar, 'lineSpacing', '1.5');
    expect(css(para).lineHeight).to.equal('21px');
    expect(css(base(toolbar)).lineHeight).to.equal('24px');
    await click(toolbar, 'letterSpacing', 'wide');
    expect(parseFloat(css(para).letterSpacing)).to.be.closeTo(14 * 0.12, 0.01);
    expect(parseFloat(css(para).wordSpacing)).to.be.closeTo(14 * 0.16, 0.01);
    expect(parseFloat(css(base(toolbar)).letterSpacing)).to.be.closeTo(16 * 0.12, 0.01);
    await click(toolbar, 'lineSpacing', 'default');
    await click(toolbar, 'letterSpacing', 'default');
    expect(css(para).lineHeight).to.equal(`${14 * 1.2}px`);
    expect(css(para).letterSpacing).to.equal('normal');
  });

  it('colour schemes recolour the page and gk- elements, grayscale filters the page, and default restores it', async () => {
    const { toolbar, para } = await mountOpen();
    const link = document.querySelector('#p2 a')!;
    await click(toolbar, 'colorScheme', 'yellow-black');
    expect(css(para).color).to.equal('rgb(255, 255, 0)');
    expect(css(para).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(css(document.body).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(css(link).color).to.equal('rgb(0, 255, 255)');
    expect(css(base(toolbar)).color).to.equal('rgb(255, 255, 0)');
    expect(css(base(toolbar)).backgroundColor).to.equal('rgb(0, 0, 0)');
    await click(toolbar, 'colorScheme', 'contrast-dark');
    expect(css(para).color).to.equal('rgb(255, 255, 255)');
    await click(toolbar, 'colorScheme', 'black-white');
    expect(css(para).color).to.equal('rgb(0, 0, 0)');
    expect(css(para).backgroundColor).to.equal('rgb(255, 255, 255)');
    await click(toolbar, 'colorScheme', 'grayscale');
    expect(css(document.documentElement).filter).to.equal('grayscale(1)');
    expect(css(para).color).to.equal('rgb(51, 51, 51)');
    await click(toolbar, 'colorScheme', 'default');
    expect(css(document.documentElement).filter).to.equal('none');
    expect(css(para).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('forced colours switch the colour schemes off with an explanation, even for a stored scheme', async () => {
    store({ colorScheme: 'yellow-black', open: true });
    await emulateMedia({ forcedColors: 'active' });
    try {
      const { toolbar, para } = await mountPage();
      expect(css(para).color).not.to.equal('rgb(255, 255, 0)');
      expect(control(toolbar, 'colorScheme', 'contrast-dark').disabled).to.equal(true);
      expect(shadow(toolbar).querySelector('.note')!.textContent).to.contain('强制颜色');
      await expectNoAxeViolations(toolbar, 'forced colours');
      await emulateMedia({ forcedColors: 'none' });
      await settled(toolbar);
      expect(control(toolbar, 'colorScheme', 'contrast-dark').disabled).to.equal(false);
      expect(css(para).color).to.equal('rgb(255, 255, 0)');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('follows prefers-reduced-motion until the visitor chooses; only an explicit choice changes the page', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { toolbar, para } = await mountOpen();
      expect(control(toolbar, 'reducedMotion').getAttribute('aria-pressed')).to.equal('true');
      expect(css(para).transitionDuration).to.equal('2s');
      await click(toolbar, 'reducedMotion');
      expect(toolbar.settings.reducedMotion).to.equal(false);
      expect(control(toolbar, 'reducedMotion').getAttribute('aria-pressed')).to.equal('false');
      await emulateMedia({ reducedMotion: 'no-preference' });
      await click(toolbar, 'reducedMotion');
      expect(toolbar.settings.reducedMotion).to.equal(true);
      expect(css(para).transitionDuration).to.equal('0s');
      await click(toolbar, 'reset');
      expect(toolbar.settings.reducedMotion).to.equal(null);
      expect(css(para).transitionDuration).to.equal('2s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws the large cursor, reading guide and crosshair at the pointer without inline style strings', async () => {
    const { toolbar } = await mountOpen();
    await click(toolbar, 'cursor', 'large');
    await click(toolbar, 'readingGuide');
    await click(toolbar, 'crosshair');
    expect(css(document.documentElement).cursor).to.equal('none');
    await sendMouse({ type: 'move', position: [300, 250] });
    await settled(toolbar);
    const cursor = shadow(toolbar).querySelector('.cursor')!.getBoundingClientRect();
    expect([Math.round(cursor.left), Math.round(cursor.top), cursor.width, cursor.height]).to.deep.equal([300, 250, 40, 60]);
    const guide = shadow(toolbar).querySelector('.guide')!.getBoundingClientRect();
    expect(guide.top + guide.height / 2).to.be.closeTo(250, 1);
    expect(guide.width).to.equal(document.documentElement.clientWidth);
    expect(Math.round(shadow(toolbar).querySelector('.cross-v')!.getBoundingClientRect().left)).to.equal(300);
    expect(Math.round(shadow(toolbar).querySelector('.cross-h')!.getBoundingClientRect().top)).to.equal(250);
    expect(shadow(toolbar).querySelector('[style]:not(.layer)')).to.equal(null);
    await click(toolbar, 'cursor', 'xlarge');
    expect(shadow(toolbar).querySelector('.cursor')!.getBoundingClientRect().height).to.equal(96);
    // The overlays never take the pointer's clicks.
    expect(css(shadow(toolbar).querySelector('.layer')!).pointerEvents).to.equal('none');
    await click(toolbar, 'reset');
    expect(shadow(toolbar).querySelector('.cursor, .guide, .cross-h')).to.equal(null);
    expect(css(document.documentElement).cursor).to.equal('auto');
  });

  it('the reading guide follows keyboard focus', async () => {
    const { toolbar, page } = await mountOpen();
    await click(toolbar, 'readingGuide');
    const input = page.querySelector('input')!;
    input.focus();
    await settled(toolbar);
    const rect = input.getBoundingClientRect();
    const guide = shadow(toolbar).querySelector('.guide')!.getBoundingClientRect();
    expect(guide.top + guide.height / 2).to.be.closeTo(rect.top + rect.height / 2, 1);
  });

  it('the caption bar repeats the text under the pointer or focus, pauses, and never covers the focused element', async () => {
    const { toolbar, para, page } = await mountOpen();
    await click(toolbar, 'captions');
    const caption = () => shadow(toolbar).querySelector('.caption-text')!.textContent!.trim();
    para.scrollIntoView({ block: 'center' });
    const rect = para.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 10), Math.round(rect.top + rect.height / 2)] });
    await settled(toolbar);
    expect(caption()).to.equal('政府信息公开工作年度报告已发布。欢迎查阅！');
    expect(parseFloat(css(shadow(toolbar).querySelector('.caption-text')!).fontSize)).to.be.at.least(32);
    const link = page.querySelector<HTMLAnchorElement>('#p2 a')!;
    shadow(toolbar).querySelector<HTMLButtonElement>('.caption-pause')!.click();
    await settled(toolbar);
    link.focus();
    await settled(toolbar);
    expect(caption()).to.equal('政府信息公开工作年度报告已发布。欢迎查阅！');
    shadow(toolbar).querySelector<HTMLButtonElement>('.caption-pause')!.click();
    await settled(toolbar);
    link.blur();
    link.focus();
    await settled(toolbar);
    expect(caption()).to.equal('办事指南');

    // A focused element at the bottom of the viewport: the bar moves to the top.
    const low = document.createElement('button');
    low.textContent = '底部按钮';
    low.className = 'low';
    const lowStyle = new CSSStyleSheet();
    lowStyle.replaceSync('.low { position: fixed; bottom: 4px; left: 4px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, lowStyle];
    page.append(low);
    try {
      low.focus();
      await settled(toolbar);
      const bar = shadow(toolbar).querySelector('.caption')!.getBoundingClientRect();
      const focused = low.getBoundingClientRect();
      expect(bar.bottom <= focused.top || bar.top >= focused.bottom, 'caption bar overlaps the focused element').to.equal(true);
      expect(caption()).to.equal('底部按钮');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== lowStyle);
    }
    await click(toolbar, 'reset');
    expect(shadow(toolbar).querySelector('.caption')).to.equal(null);
  });

  it('reset removes every change from the page', async () => {
    const { toolbar, para } = await mountOpen();
    const before = { font: css(para).fontSize, line: css(para).lineHeight, color: css(para).color, bg: css(document.body).backgroundColor, html: css(document.documentElement).fontSize };
    for (const [s, v] of [['larger'], ['elderMode'], ['lineSpacing', '2'], ['letterSpacing', 'wider'], ['colorScheme', 'contrast-dark'], ['cursor', 'large'], ['readingGuide'], ['crosshair'], ['captions'], ['reducedMotion']] as Array<[string, string?]>) {
      await click(toolbar, s, v);
    }
    await click(toolbar, 'reset');
    expect({ font: css(para).fontSize, line: css(para).lineHeight, color: css(para).color, bg: css(document.body).backgroundColor, html: css(document.documentElement).fontSize }).to.deep.equal(before);
    expect(toolbar.settings).to.deep.equal({ ...DEFAULT_SETTINGS, open: true });
  });
});

describe('<gk-a11y-toolbar> persistence and events', () => {
  it('stores settings versioned, with nothing but display preferences', async () => {
    const { toolbar } = await mountOpen();
    await click(toolbar, 'larger');
    await click(toolbar, 'colorScheme', 'yellow-black');
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { version: number; settings: Record<string, unknown> };
    expect(stored.version).to.equal(STORAGE_VERSION);
    const { open: _open, ...settingsOnly } = DEFAULT_SETTINGS;
    expect(stored.settings).to.deep.equal({ ...settingsOnly, textScale: 1.25, colorScheme: 'yellow-black' });
  });

  it('applies stored settings before any toolbar upgrades (the define module does this at import)', async () => {
    const page = await fixture<HTMLElement>(html`<div><style>.early p { font-size: 14px; }</style><div class="early"><p>文字</p></div></div>`);
    const p = page.querySelector('p')!;
    store({ textScale: 1.5, colorScheme: 'black-white' });
    applyStoredSettings();
    expect(css(p).fontSize).to.equal('24px');
    expect(css(p).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('restores stored settings in a new toolbar (next page), ignoring another version and bad values', async () => {
    store({ textScale: 1.75, lineSpacing: '2', open: true });
    let { toolbar, para } = await mountPage();
    expect(toolbar.settings.textScale).to.equal(1.75);
    expect(css(para).fontSize).to.equal('28px');
    expect(control(toolbar, 'lineSpacing', '2').getAttribute('aria-pressed')).to.equal('true');
    toolbar.remove();

    cleanSlate();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, settings: { textScale: 9, colorScheme: 'purple', captions: 'yes', open: true } }));
    ({ toolbar, para } = await mountPage());
    expect(toolbar.settings).to.deep.equal(DEFAULT_SETTINGS);
    expect(css(para).fontSize).to.equal('14px');
    toolbar.remove();

    cleanSlate();
    store({ textScale: 2 }, 99);
    ({ toolbar, para } = await mountPage());
    expect(toolbar.settings.textScale).to.equal(1);
  });

  it('fires gk-change on the visitor\'s changes only, and announces them in a live region', async () => {
    const { toolbar } = await mountOpen();
    const changed = oneEvent(toolbar, 'gk-change');
    control(toolbar, 'larger').click();
    const event = (await changed) as CustomEvent<{ setting: string; value: unknown; settings: A11ySettings }>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.setting).to.equal('textScale');
    expect(event.detail.value).to.equal(1.25);
    expect(event.detail.settings.textScale).to.equal(1.25);
    const live = shadow(toolbar).querySelector('[role="status"][aria-live="polite"]')!;
    await waitFor(() => live.textContent!.includes('125%'));
    let fired = 0;
    toolbar.addEventListener('gk-change', () => fired++);
    toolbar.reset();
    await settled(toolbar);
    expect(fired).to.equal(0);
    const resetEvent = oneEvent(toolbar, 'gk-change');
    control(toolbar, 'reset').click();
    expect(((await resetEvent) as CustomEvent<{ setting: string }>).detail.setting).to.equal('reset');
  });

  it('shows and hides its panel for this page only: the next page starts with the panel closed, its settings kept', async () => {
    let { toolbar } = await mountPage();
    const toggle = shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!;
    toggle.click();
    await settled(toolbar);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(toolbar).querySelector<HTMLElement>('#panel')!.hidden).to.equal(false);
    await click(toolbar, 'larger');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).settings).not.to.have.property('open');
    toggle.click();
    await settled(toolbar);
    expect(shadow(toolbar).querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
    // Open again and go to the next page (a new toolbar reading the same storage).
    toggle.click();
    await settled(toolbar);
    toolbar.remove();
    ({ toolbar } = await mountPage());
    expect(toolbar.settings.textScale).to.equal(1.25);
    expect(toolbar.settings.open).to.equal(false);
    expect(shadow(toolbar).querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
    expect(toolbar.getBoundingClientRect().height).to.be.below(80);
    // A value stored by an earlier version that kept the open state does not open it either.
    toolbar.remove();
    store({ textScale: 1.5, open: true });
    ({ toolbar } = await mountPage());
    expect(toolbar.settings.open).to.equal(false);
    expect(toolbar.settings.textScale).to.equal(1.5);
  });

  it('renders in Traditional Chinese and English', async () => {
    const { toolbar } = await mountOpen();
    toolbar.setAttribute('lang', 'en');
    await waitFor(() => (shadow(toolbar).textContent ?? '').includes('Text size'));
    toolbar.setAttribute('lang', 'zh-Hant');
    await waitFor(() => (shadow(toolbar).textContent ?? '').includes('文字大小') && (shadow(toolbar).textContent ?? '').includes('無障礙'));
  });
});

describe('<gk-a11y-toolbar> read-aloud (speechSynthesis test double)', () => {
  it('speaks nothing until the visitor asks, whatever is hovered, focused or stored', async () => {
    store({ captions: true, open: true });
    const engine = new FakeSpeech(CHINESE_VOICES);
    const { toolbar, para, page } = await mountPage({ engine });
    para.scrollIntoView({ block: 'center' });
    const rect = para.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 5), Math.round(rect.top + 5)] });
    page.querySelector('input')!.focus();
    await settled(toolbar);
    expect(engine.log).to.deep.equal([]);
  });

  it('point reading cancels before each read, speaks sentence by sentence with a local zh-CN voice and the chosen rate', async () => {
    const engine = new FakeSpeech(CHINESE_VOICES);
    const { toolbar, para, page } = await mountOpen(engine);
    await click(toolbar, 'speechRate', '1.25');
    await click(toolbar, 'pointReading');
    expect(engine.log).to.deep.equal([]);
    para.tabIndex = -1;
    para.focus();
    await waitFor(() => engine.spoken.length === 1);
    expect(engine.log).to.deep.equal(['cancel', 'speak:政府信息公开工作年度报告已发布。']);
    expect(engine.spoken[0]!.lang).to.equal('zh-CN');
    expect(engine.spoken[0]!.rate).to.equal(1.25);
    await waitFor(() => shadow(toolbar).querySelector('.voice-name') !== null);
    expect(shadow(toolbar).querySelector('.voice-name')!.textContent).to.contain('Tingting');
    await engine.finishOne();
    await waitFor(() => engine.spoken.length === 2);
    expect(engine.log.at(-1)).to.equal('speak:欢迎查阅！');
    engine.log = [];
    page.querySelector<HTMLAnchorElement>('#p2 a')!.focus();
    await waitFor(() => engine.log.includes('speak:办事指南'));
    expect(engine.log).to.deep.equal(['cancel', 'speak:办事指南']);
    engine.log = [];
    await click(toolbar, 'stop');
    expect(engine.log).to.include('cancel');

    // The visitor can pick another Chinese voice; the choice is remembered.
    const select = shadow(toolbar).querySelector<HTMLSelectElement>('select[data-setting="speechVoice"]')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'Tingting', 'Google 普通话', 'Sinji']);
    select.value = 'Google 普通话';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => shadow(toolbar).querySelector('.voice-name')!.textContent!.includes('Google 普通话'));
    expect(toolbar.settings.speechVoice).to.equal('Google 普通话');
    await expectNoAxeViolations(toolbar, 'voice list');
  });

  it('waits for voiceschanged when the voice list starts empty', async () => {
    const engine = new FakeSpeech([]);
    const { toolbar } = await mountOpen(engine);
    await click(toolbar, 'pointReading');
    control(toolbar, 'larger').focus();
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.spoken.length).to.equal(0);
    engine.voices = [voice('Google 普通话', 'zh-CN', false)];
    engine.dispatchEvent(new Event('voiceschanged'));
    await waitFor(() => engine.spoken.length === 1);
    expect(shadow(toolbar).querySelector('.voice-name')!.textContent).to.contain('在线');
  });

  it('continuous reading reads the main content in order, sentence by sentence, and stops', async () => {
    const engine = new FakeSpeech(CHINESE_VOICES);
    const { toolbar } = await mountOpen(engine);
    await click(toolbar, 'continuous');
    await waitFor(() => engine.spoken.length === 1);
    expect(control(toolbar, 'continuous').getAttribute('aria-pressed')).to.equal('true');
    await engine.finishOne();
    await engine.finishOne();
    await waitFor(() => engine.spoken.length === 3);
    expect(engine.spoken.map((u) => u.text)).to.deep.equal(['示例市人民政府', '政府信息公开工作年度报告已发布。', '欢迎查阅！']);
    await click(toolbar, 'stop');
    await engine.finishAll();
    expect(engine.spoken.length).to.equal(3);
    await settled(toolbar);
    expect(control(toolbar, 'continuous').getAttribute('aria-pressed')).to.equal('false');
  });

  it('says so clearly when the browser has no Chinese voice, and speaks nothing', async () => {
    const engine = new FakeSpeech([voice('English', 'en-US', true), voice('Deutsch', 'de-DE', true)]);
    const { toolbar } = await mountOpen(engine);
    await click(toolbar, 'continuous');
    await waitFor(() => shadow(toolbar).querySelector('.speech-message') !== null);
    expect(shadow(toolbar).querySelector('.speech-message')!.textContent).to.contain('没有中文语音');
    expect(engine.log.filter((l) => l.startsWith('speak'))).to.deep.equal([]);
    const live = shadow(toolbar).querySelector('[role="status"][aria-live="polite"]')!;
    await waitFor(() => live.textContent!.includes('没有中文语音'));
  });
});

// --- issue #17: the host page's own sizes, focus at the ends, reading the composed tree ----

/** A portal-like page: a px masthead, a sidebar whose heading is larger than its links, a rem heading. */
async function mountPortal(): Promise<{ toolbar: GkA11yToolbar; page: HTMLElement; $: (s: string) => HTMLElement }> {
  const page = await fixture<HTMLElement>(html`
    <div lang="zh-Hans" class="portal">
      <style>
        .portal .mast { font-size: 28px; }
        .portal aside h2 { font-size: 16px; }
        .portal aside a { font-size: 14px; }
        .portal h3.rem { font-size: 1.5rem; }
        .portal .body { font-size: 14px; }
      </style>
      <gk-a11y-toolbar></gk-a11y-toolbar>
      <p class="mast">示例市人民政府</p>
      <aside><h2>政务公开</h2><ul><li><a href="#a">公开指南</a></li></ul></aside>
      <main><h3 class="rem">通知公告</h3><p class="body">正文文字。</p></main>
    </div>`);
  const toolbar = page.querySelector<GkA11yToolbar>('gk-a11y-toolbar')!;
  await settled(toolbar);
  shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!.click();
  await settled(toolbar);
  return { toolbar, page, $: (s) => page.querySelector<HTMLElement>(s)! };
}

const px = (el: Element) => parseFloat(css(el).fontSize);
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<gk-a11y-toolbar> scales the host page from its own sizes (适老模式, text size)', () => {
  it('elder mode raises body text to 18 px without shrinking px headings, and the sidebar heading stays at least as large as its links', async () => {
    const { toolbar, $ } = await mountPortal();
    await click(toolbar, 'elderMode');
    expect(px($('.mast'))).to.be.at.least(28);
    expect(px($('.body'))).to.equal(18);
    expect(px($('aside h2'))).to.be.at.least(px($('aside a')));
    expect(px($('h3.rem'))).to.be.at.least(24);
    expect(shadow(toolbar).querySelector('output.value')!.textContent).to.equal('113%', 'the indicator shows the size in force');
  });

  it('150 % scales every size of the page by 1.5, px and rem alike, and reset restores them', async () => {
    const { toolbar, $ } = await mountPortal();
    const before = ['.mast', 'aside h2', 'aside a', 'h3.rem', '.body'].map((s) => px($(s)));
    await click(toolbar, 'larger');
    await click(toolbar, 'larger');
    expect(px($('.mast'))).to.equal(42);
    expect(px($('h3.rem'))).to.equal(36);
    expect(px($('aside h2'))).to.equal(24);
    expect(px($('.body'))).to.equal(24);
    expect(shadow(toolbar).querySelector('output.value')!.textContent).to.equal('150%');
    // Elder mode on top never lowers anything.
    await click(toolbar, 'elderMode');
    expect(px($('.mast'))).to.equal(42);
    await click(toolbar, 'reset');
    expect(['.mast', 'aside h2', 'aside a', 'h3.rem', '.body'].map((s) => px($(s)))).to.deep.equal(before);
  });

  it('scales content the page adds after the setting was chosen', async () => {
    const { toolbar, page } = await mountPortal();
    await click(toolbar, 'larger');
    const late = document.createElement('p');
    late.className = 'body';
    late.textContent = '后来加载的文字';
    page.querySelector('main')!.append(late);
    await frames();
    await waitFor(() => px(late) === 20);
  });
});

describe('<gk-a11y-toolbar> focus stays on 放大 / 缩小 at the ends of the range (keyboard)', () => {
  it('pressing 放大 to 200 % and 缩小 to 100 % keeps focus on the button, which says it is unavailable', async () => {
    const { toolbar } = await mountOpen();
    const larger = control(toolbar, 'larger');
    larger.focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(2);
    expect(shadow(toolbar).activeElement).to.equal(larger);
    expect(larger.getAttribute('aria-disabled')).to.equal('true');
    let fired = 0;
    toolbar.addEventListener('gk-change', () => fired++);
    await sendKeys({ press: 'Space' });
    await settled(toolbar);
    expect(fired).to.equal(0, 'an unavailable step changes nothing');
    const smaller = control(toolbar, 'smaller');
    smaller.focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Enter' });
    await settled(toolbar);
    expect(toolbar.settings.textScale).to.equal(1);
    expect(shadow(toolbar).activeElement).to.equal(smaller);
    expect(smaller.getAttribute('aria-disabled')).to.equal('true');
    expect(larger.getAttribute('aria-disabled')).to.equal('false');
    await expectNoAxeViolations(toolbar, 'at 100 %');
  });
});

class ReadTestCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h2>卡片标题</h2><p>影子里的正文。</p><slot></slot><p hidden>隐藏的文字</p>';
  }
}
customElements.define('read-test-card', ReadTestCard);

describe('<gk-a11y-toolbar> 连读 reads the composed page, each text in its language', () => {
  it('enters open shadow roots and slots in reading order, skipping hidden text and the toolbar', async () => {
    const engine = new FakeSpeech([...CHINESE_VOICES, voice('Samantha', 'en-US', true)]);
    const page = await fixture<HTMLElement>(html`
      <div lang="zh-Hans">
        <gk-a11y-toolbar .speechEngine=${engine}></gk-a11y-toolbar>
        <main>
          <p>页首文字。</p>
          <read-test-card><p>插槽里的文字。</p></read-test-card>
          <p lang="en">Read in English.</p>
          <p>页尾文字。</p>
        </main>
      </div>`);
    const toolbar = page.querySelector<GkA11yToolbar>('gk-a11y-toolbar')!;
    await settled(toolbar);
    shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!.click();
    await settled(toolbar);
    await click(toolbar, 'continuous');
    await waitFor(() => engine.spoken.length === 1);
    for (let i = 0; i < 10 && engine.spoken.length < 6; i++) await engine.finishOne();
    await engine.finishAll();
    expect(engine.spoken.map((u) => u.text)).to.deep.equal(['页首文字。', '卡片标题', '影子里的正文。', '插槽里的文字。', 'Read in English.', '页尾文字。']);
    expect(engine.spoken.map((u) => u.lang)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'en-US', 'zh-CN'], 'English text in an English voice');
  });

  it('reads a Gongkai element\'s content (its shadow root), not only the host page\'s light DOM', async () => {
    await import('../../power-catalog/src/define.js');
    const engine = new FakeSpeech(CHINESE_VOICES);
    const page = await fixture<HTMLElement>(html`
      <div lang="zh-Hans">
        <gk-a11y-toolbar .speechEngine=${engine}></gk-a11y-toolbar>
        <main><gk-power-catalog src="/test/fixtures/data/power-catalog.json" url-state="none"></gk-power-catalog></main>
      </div>`);
    const catalog = page.querySelector('gk-power-catalog')!;
    await waitFor(() => (catalog.shadowRoot?.querySelectorAll('.result').length ?? 0) > 0, 10_000);
    const toolbar = page.querySelector<GkA11yToolbar>('gk-a11y-toolbar')!;
    shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!.click();
    await settled(toolbar);
    await click(toolbar, 'continuous');
    // Read until the first item's name (an h3 in the element's shadow root) has been said.
    const names = [...catalog.shadowRoot!.querySelectorAll('.result h3, .result a')].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(names.length).to.be.above(0);
    for (let i = 0; i < 40 && !engine.spoken.some((u) => names.some((n) => u.text.includes(n.slice(0, 8)))); i++) {
      await waitFor(() => engine.spoken.length > 0);
      await engine.finishOne();
    }
    const heard = engine.spoken.map((u) => u.text);
    expect(heard.some((t) => names.some((n) => t.includes(n.slice(0, 8)))), `read: ${heard.join(' | ')}`).to.equal(true);
    await click(toolbar, 'stop');
  });
});
