/**
 * The toolbar's own look, and its overlays: reading guide, crosshair, large
 * cursor (drawn with CSS: a cursor image would need a data: URL, which
 * `img-src 'self'` blocks, or a file beside the bundle, which a plain script
 * tag cannot locate reliably) and the caption bar.
 */
import { css } from 'lit';

export const a11yToolbarStyles = css`
  .toolbar {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .group-label {
    font-weight: bold;
    min-inline-size: 4em;
  }
  .choices {
    display: contents;
  }
  .gk-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .gk-button[aria-pressed='true']::before {
    content: '✓';
  }
  .elder .gk-button {
    min-block-size: 60px;
    min-inline-size: 60px;
  }
  select {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding-inline: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .value {
    min-inline-size: 4em;
    text-align: center;
    font-weight: bold;
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
  }
  .speech-message {
    color: var(--_danger);
    font-weight: bold;
  }
  .help {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 44px;
  }
  .check input {
    inline-size: 24px;
    block-size: 24px;
  }
  .keys {
    margin: 0;
  }
  .keys div {
    display: flex;
    gap: var(--_space);
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    font-family: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline: 0.25em;
  }
  @media (prefers-contrast: more) {
    .gk-button {
      border-width: 2px;
      border-color: var(--_text);
    }
    .note {
      color: var(--_text);
    }
  }

  /* Overlays: fixed to the viewport, never in the way of the pointer. */
  .layer {
    position: fixed;
    inset: 0;
    pointer-events: none;
    z-index: 2147483646;
    overflow: hidden;
    forced-color-adjust: none;
  }
  .layer[data-pointer-outside] .cursor {
    display: none;
  }
  .guide {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    block-size: 3em;
    transform: translateY(calc(var(--_y, -100px) - 1.5em));
    background: var(--gk-a11y-guide-color, rgba(255, 214, 0, 0.3));
    border-block: 2px solid #000;
  }
  .cross-h,
  .cross-v {
    position: absolute;
    background: #c00;
    outline: 1px solid #fff;
  }
  .cross-h {
    inset-inline: 0;
    inset-block-start: 0;
    block-size: 2px;
    transform: translateY(var(--_y, -100px));
  }
  .cross-v {
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 2px;
    transform: translateX(var(--_x, -100px));
  }
  .cursor {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 40px;
    block-size: 60px;
    transform: translate(var(--_x, -100px), var(--_y, -100px));
  }
  .cursor.xlarge {
    inline-size: 64px;
    block-size: 96px;
  }
  .cursor-edge,
  .cursor-fill {
    position: absolute;
    clip-path: polygon(0 0, 0 82%, 24% 64%, 40% 98%, 56% 90%, 41% 60%, 72% 60%);
  }
  .cursor-edge {
    inset: 0;
    background: #fff;
  }
  .cursor-fill {
    inset: 6% 10% 4% 4%;
    background: #000;
  }
  @media (forced-colors: active) {
    .cursor-edge { background: Canvas; }
    .cursor-fill, .cross-h, .cross-v { background: CanvasText; }
    .guide { background: transparent; border-color: Highlight; }
  }

  /* 大字幕: the caption bar. */
  .caption {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 2147483645;
    display: flex;
    align-items: center;
    gap: var(--_space);
    max-block-size: 30vh;
    padding: var(--_space) calc(var(--_space) * 2);
    background: #000;
    color: #fff;
    border-block-start: 3px solid #fff;
    font-family: var(--_font);
  }
  .caption.top {
    inset-block-end: auto;
    inset-block-start: 0;
    border-block-start: 0;
    border-block-end: 3px solid #fff;
  }
  .caption-text {
    flex: 1;
    margin: 0;
    overflow: auto;
    max-block-size: calc(30vh - 2 * var(--_space));
    font-size: var(--gk-a11y-caption-size, 32px);
    line-height: 1.4;
  }
  .caption .gk-button {
    background: #000;
    color: #fff;
    border-color: #fff;
  }
  .caption .gk-button[aria-pressed='true'] {
    background: #fff;
    color: #000;
  }
`;
