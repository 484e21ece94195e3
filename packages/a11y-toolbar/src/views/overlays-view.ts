/**
 * What the toolbar draws over the page: the reading guide, crosshair and large cursor (positioned
 * by FollowController through custom properties, never inline styles: docs/design.md §6), and the
 * caption bar.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import type { A11ySettings } from '../settings.js';

export interface CaptionState {
  text: string;
  paused: boolean;
  atTop: boolean;
  onPause: () => void;
}

export function renderOverlays(s: Readonly<A11ySettings>, caption: CaptionState): TemplateResult {
  const layer = html`<div class="layer" aria-hidden="true">
    ${s.readingGuide ? html`<div class="guide"></div>` : nothing}
    ${s.crosshair ? html`<div class="cross-h"></div><div class="cross-v"></div>` : nothing}
    ${s.cursor !== 'default' ? html`<div class="cursor ${s.cursor}"><div class="cursor-edge"></div><div class="cursor-fill"></div></div>` : nothing}
  </div>`;
  if (!s.captions) return layer;
  return html`${layer}
    <div part="caption" class="caption ${caption.atTop ? 'top' : ''}" role="region" aria-label=${msg('大字幕', { id: 'a11y.captions' })}>
      <p class="caption-text">${caption.text || msg('将指针移到文字上或用 Tab 键移动焦点，这里会显示放大的文字。', { id: 'a11y.captions.hint' })}</p>
      <button type="button" class="gk-button caption-pause" aria-pressed=${String(caption.paused)} @click=${caption.onPause}>${msg('暂停字幕', { id: 'a11y.captions.pause' })}</button>
    </div>`;
}
