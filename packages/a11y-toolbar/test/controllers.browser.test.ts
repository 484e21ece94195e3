/**
 * The toolbar's controllers on a bare host of their own (not the toolbar), so each one's job is
 * tested apart from the others: ToolbarSettingsController (storage, page styles, gk-change only
 * for a visitor's change), ShortcutsController (page-wide keys, off when disabled, gone when
 * disconnected) and FollowController (caption text from what is focused, only while captions are on).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GkElement, defineElement } from '@gongkai/ui';
import { ToolbarSettingsController } from '../src/settings-controller.js';
import { ShortcutsController } from '../src/shortcuts.js';
import type { ShortcutAction } from '../src/shortcuts.js';
import { FollowController } from '../src/follow-controller.js';
import { STORAGE_KEY, STORAGE_VERSION } from '../src/settings-storage.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { applyPageCss } from '../src/page-styles.js';

class ControllerHost extends GkElement {
  readonly settings = new ToolbarSettingsController(this);
  readonly actions: ShortcutAction[] = [];
  readonly follow = new FollowController(this, {
    settings: () => this.settings.value,
    pointReading: () => false,
    readPoint: () => undefined,
  });
  constructor() {
    super();
    new ShortcutsController(this, () => this.settings.value.shortcuts, (action) => this.actions.push(action));
  }
}
defineElement('gk-test-toolbar-controllers', ControllerHost);

async function mountHost(): Promise<{ host: ControllerHost; page: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`<div lang="zh-Hans"><gk-test-toolbar-controllers></gk-test-toolbar-controllers><p><button id="b">办事指南</button></p></div>`);
  const host = page.querySelector('gk-test-toolbar-controllers') as ControllerHost;
  await host.updateComplete;
  return { host, page };
}

afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  applyPageCss('');
});

describe('ToolbarSettingsController', () => {
  it('reads stored settings on connect, applies and stores a change, and fires gk-change only for change()', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, settings: { ...DEFAULT_SETTINGS, textScale: 1.5 } }));
    const { host, page } = await mountHost();
    expect(host.settings.value.textScale).to.equal(1.5);
    const events: Array<Record<string, unknown>> = [];
    page.addEventListener('gk-change', (e) => events.push((e as CustomEvent<Record<string, unknown>>).detail));
    host.settings.replace({ ...host.settings.value, elderMode: true });
    expect(events, 'replace() is not a visitor change').to.have.length(0);
    host.settings.change('lineSpacing', '2');
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ setting: 'lineSpacing', value: '2' });
    expect((events[0]!['settings'] as { elderMode: boolean }).elderMode).to.equal(true);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { settings: { lineSpacing: string } };
    expect(stored.settings.lineSpacing).to.equal('2');
    expect(getComputedStyle(page.querySelector('p')!).lineHeight).to.not.equal('normal');
  });
});

describe('ShortcutsController', () => {
  it('runs Alt+Shift shortcuts from anywhere on the page, none when disabled or after disconnecting', async () => {
    const { host, page } = await mountHost();
    page.querySelector<HTMLButtonElement>('#b')!.focus();
    await sendKeys({ press: 'Alt+Shift+KeyA' });
    expect(host.actions).to.deep.equal(['toggle']);
    host.settings.replace({ ...host.settings.value, shortcuts: false });
    await sendKeys({ press: 'Alt+Shift+KeyA' });
    expect(host.actions, 'disabled').to.deep.equal(['toggle']);
    host.settings.replace({ ...host.settings.value, shortcuts: true });
    host.remove();
    await sendKeys({ press: 'Alt+Shift+KeyA' });
    expect(host.actions, 'disconnected').to.deep.equal(['toggle']);
  });
});

describe('FollowController', () => {
  it('captions what gets focus while captions are on, and nothing while they are off', async () => {
    const { host, page } = await mountHost();
    const button = page.querySelector<HTMLButtonElement>('#b')!;
    button.focus();
    expect(host.follow.caption).to.equal('');
    button.blur();
    host.settings.replace({ ...host.settings.value, captions: true });
    button.focus();
    expect(host.follow.caption).to.equal('办事指南');
    host.follow.togglePause();
    button.blur();
    const other = Object.assign(document.createElement('button'), { textContent: '另一个' });
    page.append(other);
    other.focus();
    expect(host.follow.caption, 'paused').to.equal('办事指南');
    host.follow.togglePause();
    button.focus();
    other.focus();
    expect(host.follow.caption, 'resumed').to.equal('另一个');
    host.follow.clearCaption(true);
    expect(host.follow.caption).to.equal('');
    expect(host.follow.captionPaused).to.equal(false);
  });
});
