/** The shortcut help: the switch that turns shortcuts off (WCAG 2.1.4) and the list of keys. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import { SHORTCUTS } from '../shortcuts.js';
import type { ShortcutAction } from '../shortcuts.js';

export function renderHelp(enabled: boolean, onEnabled: (enabled: boolean) => void): TemplateResult {
  const describe: Record<ShortcutAction, string> = {
    toggle: msg('显示或隐藏工具栏', { id: 'a11y.key.toggle' }),
    larger: msg('放大文字', { id: 'a11y.key.larger' }),
    smaller: msg('缩小文字', { id: 'a11y.key.smaller' }),
    read: msg('连读主要内容', { id: 'a11y.key.read' }),
    stop: msg('停止朗读', { id: 'a11y.key.stop' }),
    captions: msg('开启或关闭大字幕', { id: 'a11y.key.captions' }),
    reset: msg('恢复默认设置', { id: 'a11y.key.reset' }),
  };
  return html`<div id="help" class="help">
    <label class="check">
      <input type="checkbox" data-setting="shortcuts" .checked=${enabled} @change=${(e: Event) => onEnabled((e.target as HTMLInputElement).checked)}>
      ${msg('启用快捷键', { id: 'a11y.shortcuts.enable' })}
    </label>
    <dl class="keys">
      ${SHORTCUTS.map((s) => html`<div><dt><kbd>${s.keys}</kbd></dt><dd>${describe[s.action]}</dd></div>`)}
    </dl>
  </div>`;
}
