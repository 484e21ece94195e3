import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/a11y-toolbar/src/define.js';
import { DEFAULT_SETTINGS, STORAGE_KEY, STORAGE_VERSION } from '@gongkai/a11y-toolbar';
import type { A11ySettings, SpeechEngine } from '@gongkai/a11y-toolbar';

/**
 * `<gk-a11y-toolbar>`: the accessibility and elder-friendly toolbar (无障碍 / 适老化).
 * Settings apply to the whole preview page and are remembered in localStorage, so each story
 * starts from its own stored settings (the toolbar reads them when it connects).
 */
function withSettings(settings: Partial<A11ySettings>): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, settings: { ...DEFAULT_SETTINGS, ...settings } }));
}

/** The panel's open state is never stored (issue #17 item 28): open it as a visitor would, with its button. */
const opened = ref((element) => {
  const toolbar = element as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  void toolbar?.updateComplete?.then(() => {
    const toggle = toolbar.shadowRoot?.querySelector<HTMLButtonElement>('.toggle');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  });
});

const samplePage = html`
  <main>
    <h1>示例市人民政府信息公开工作年度报告</h1>
    <p>本报告依据《中华人民共和国政府信息公开条例》编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。</p>
    <ul>
      <li><a href="#guide">政府信息公开指南</a></li>
      <li><a href="#request">依申请公开</a></li>
    </ul>
    <label for="story-search">站内搜索</label> <input id="story-search" type="search">
  </main>
`;

const meta: Meta = {
  title: 'Elements/Accessibility toolbar 无障碍工具栏',
  component: 'gk-a11y-toolbar',
  argTypes: { lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] } },
  args: { lang: 'zh-Hans' },
  render: (args) => {
    withSettings({ open: true });
    return html`<div lang=${args['lang']}><gk-a11y-toolbar ${opened}></gk-a11y-toolbar>${samplePage}</div>`;
  },
};
export default meta;
type Story = StoryObj;

export const Open: Story = {};

/** As a first-time visitor sees it: only the 无障碍 button. */
export const Closed: Story = {
  render: () => {
    localStorage.removeItem(STORAGE_KEY);
    return html`<gk-a11y-toolbar></gk-a11y-toolbar>${samplePage}`;
  },
};

/** Elder mode with 150 % text and 2× line spacing. */
export const ElderMode: Story = {
  render: () => {
    withSettings({ open: true, elderMode: true, textScale: 1.5, lineSpacing: '2' });
    return html`<gk-a11y-toolbar ${opened}></gk-a11y-toolbar>${samplePage}`;
  },
};

export const YellowOnBlack: Story = {
  render: () => {
    withSettings({ open: true, colorScheme: 'yellow-black' });
    return html`<gk-a11y-toolbar ${opened}></gk-a11y-toolbar>${samplePage}`;
  },
};

/** Large cursor, reading guide, crosshair and the caption bar: move the pointer over the page. */
export const ReadingAids: Story = {
  render: () => {
    withSettings({ open: true, cursor: 'xlarge', readingGuide: true, crosshair: true, captions: true });
    return html`<gk-a11y-toolbar ${opened}></gk-a11y-toolbar>${samplePage}`;
  },
};

/** A browser without a Chinese voice: press 连读 to see the message. */
export const NoChineseVoice: Story = {
  render: () => {
    withSettings({ open: true });
    const englishOnly: SpeechEngine = {
      speak: () => undefined,
      cancel: () => undefined,
      getVoices: () => [{ name: 'English', lang: 'en-US', localService: true, voiceURI: 'en', default: true } as SpeechSynthesisVoice],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    return html`<gk-a11y-toolbar ${opened} .speechEngine=${englishOnly}></gk-a11y-toolbar>${samplePage}`;
  },
};

export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
export const English: Story = { args: { lang: 'en' } };
