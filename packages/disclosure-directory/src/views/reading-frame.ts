/**
 * The frame around an opened document or the guide: back to the directory and print, above the
 * view. It is part of the reading chunk, so the list's first script does not carry it.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';

export function renderReadingFrame(view: TemplateResult, onBack: () => void): TemplateResult {
  return html`<div class="doc-view">
    <div class="toolbar no-print">
      <button type="button" class="gk-button back" @click=${onBack}>${msg('← 返回目录', { id: 'dd.doc.back' })}</button>
      <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'dd.doc.print' })}</button>
    </div>
    ${view}
  </div>`;
}
