/**
 * The stylesheet every element starts from. Hostile host pages restyle `*`,
 * `div`, `input`, `table`, `a`: selectors do not cross into our shadow root,
 * but inherited properties (font, colour, line-height, letter-spacing,
 * text-align) do, and page rules on the host element beat `:host`. So the
 * host gets only `display`, and all typography is set explicitly on the inner
 * `part="base"` wrapper. No `rem`: a host `html { font-size: 10px }` trick
 * must not shrink us.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [part~='base'] {
      font-family: var(--_font);
      font-size: var(--_font-size);
      font-weight: normal;
      font-style: normal;
      line-height: var(--_line-height);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      white-space: normal;
      color: var(--_text);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    a {
      color: var(--_accent);
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
    }
    .gk-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) / 2);
      min-block-size: 44px;
      min-inline-size: 44px;
      padding-block: calc(var(--_space) / 2);
      padding-inline: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
    }
    .gk-button:hover {
      border-color: var(--_text);
    }
    .gk-button--primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_accent-contrast);
    }
    .gk-button[disabled],
    .gk-button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .gk-visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    mark {
      /* Its own text colour: inheriting would give yellow on pale yellow under a dark scheme. */
      background: var(--_mark);
      color: var(--_mark-text);
      padding: 0;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
      }
    }
    @media (forced-colors: active) {
      .gk-button--primary {
        border: 2px solid ButtonText;
      }
      mark {
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
