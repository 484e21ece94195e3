/**
 * The handling process drawn as a vertical flowchart (SVG), followed by the
 * same steps as an ordered list. The drawing is one labelled image for
 * screen readers; the list carries the content, so nothing is only in the
 * picture. Text comes from data and is set as SVG text nodes, never markup.
 */
import { html, svg, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';

export interface ProcessStep {
  name: string;
  description?: string;
  duration?: string;
}

const BOX_WIDTH = 260;
const BOX_HEIGHT = 56;
const GAP = 28;
const CHARS_PER_LINE = 14;
/** Beyond this many steps a drawing stops helping (300-step processes exist); the list alone is shown. */
export const MAX_DRAWN_STEPS = 40;

/** Splits a step name into at most two lines, ending the second with … when cut. */
export function boxLines(name: string): string[] {
  const chars = [...name];
  if (chars.length <= CHARS_PER_LINE) return [name];
  const first = chars.slice(0, CHARS_PER_LINE).join('');
  const rest = chars.slice(CHARS_PER_LINE);
  const second = rest.length > CHARS_PER_LINE ? `${rest.slice(0, CHARS_PER_LINE - 1).join('')}…` : rest.join('');
  return [first, second];
}

export function renderFlowchart(steps: readonly ProcessStep[], idPrefix: string): TemplateResult | typeof nothing {
  if (steps.length === 0) return nothing;
  if (steps.length > MAX_DRAWN_STEPS) {
    return html`<p class="muted">${msg(str`流程共 ${steps.length} 步，步骤较多，以列表显示。`, { id: 'pc.flow.tooMany' })}</p>${renderStepList(steps)}`;
  }
  const height = steps.length * BOX_HEIGHT + (steps.length - 1) * GAP + 4;
  const width = BOX_WIDTH + 4;
  const titleId = `${idPrefix}-flow-title`;
  const title = msg(str`办理流程图，共 ${steps.length} 步，各步骤见下方列表`, { id: 'pc.flow.title' });
  return html`<figure class="flow" part="flowchart">
    <svg class="flow__svg" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-labelledby=${titleId}>
      <title id=${titleId}>${title}</title>
      <defs>
        <!-- orient="auto" turns the marker's +x axis along the line, so the head is drawn pointing
             along +x; drawn pointing down, it was turned sideways (issue #17 item 15). -->
        <marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" class="flow__arrowhead"></path>
        </marker>
      </defs>
      ${steps.map((step, i) => {
        const y = 2 + i * (BOX_HEIGHT + GAP);
        const lines = boxLines(`${i + 1}. ${step.name}`);
        const textY = y + BOX_HEIGHT / 2 - (lines.length - 1) * 10;
        return svg`<g>
          <rect x="2" y=${y} width=${BOX_WIDTH} height=${BOX_HEIGHT} rx="6" class="flow__box"></rect>
          ${lines.map((line, n) => svg`<text x=${2 + BOX_WIDTH / 2} y=${textY + n * 20} class="flow__text" text-anchor="middle" dominant-baseline="middle">${line}</text>`)}
          ${i < steps.length - 1
            ? svg`<line x1=${2 + BOX_WIDTH / 2} y1=${y + BOX_HEIGHT} x2=${2 + BOX_WIDTH / 2} y2=${y + BOX_HEIGHT + GAP - 4} class="flow__line" marker-end="url(#${idPrefix}-arrow)"></line>`
            : nothing}
        </g>`;
      })}
    </svg>
  </figure>
  ${renderStepList(steps)}`;
}

function renderStepList(steps: readonly ProcessStep[]): TemplateResult {
  return html`<ol class="flow__steps" part="process-steps">
    ${steps.map(
      (step) => html`<li>
        <strong>${step.name}</strong>${step.duration ? html`<span class="muted">（${step.duration}）</span>` : nothing}
        ${step.description ? html`<div class="pre">${step.description}</div>` : nothing}
      </li>`,
    )}
  </ol>`;
}
