import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { validityLabel } from '../labels.js';

/** 有效 / 已修改 / 失效 / 已废止 as a badge; nothing for a document without a known status. */
export function renderValidityBadge(status: string | undefined): TemplateResult | typeof nothing {
  if (!status || status === 'unknown') return nothing;
  return html`<span class="badge badge--${status}" part="validity">${validityLabel(status)}</span>`;
}
