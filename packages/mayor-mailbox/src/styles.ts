/** Styles of `<gk-mayor-mailbox>` needed at first paint: tabs, titles and the letter form (the shared tokens, buttons and views come from @gongkai/ui). */
import { css } from 'lit';

export const mayorMailboxStyles = css`
  .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      margin-block-end: calc(var(--_space) * 2);
      border-block-end: 2px solid var(--_border);
    }
  .tab {
      min-block-size: 44px;
      padding-inline: calc(var(--_space) * 2);
      border: 1px solid transparent;
      border-block-end: 0;
      background: none;
      color: var(--_accent);
      cursor: pointer;
      text-decoration: underline;
    }
  .tab[aria-current='page'] {
      border-color: var(--_border);
      background: var(--_surface);
      color: var(--_text);
      font-weight: bold;
      text-decoration: none;
    }
  .view-title,
    .letter__subject,
    .lookup__status {
      margin-block: 0 var(--_space);
      font-size: 1.4em;
      line-height: 1.3;
    }
  .view-title:focus,
    .letter__subject:focus,
    .lookup__status:focus,
    .results:focus,
    .pii-check:focus {
      outline: none;
    }
  .field,
    .group {
      margin-block: 0 calc(var(--_space) * 2);
      margin-inline: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
  .group__title,
    .field__label {
      display: block;
      padding: 0;
      font-weight: bold;
    }
  .group__title {
      font-size: 1.1em;
    }
  .field__optional {
      font-weight: normal;
      color: var(--_text-muted);
    }
  .field__hint,
    .field__error,
    .field__warning,
    .counter {
      margin: 0;
    }
  .field__hint,
    .counter {
      color: var(--_text-muted);
    }
  .field__error,
    .counter--over {
      color: var(--_danger);
      font-weight: bold;
    }
  .field__warning {
      color: var(--_warning);
      font-weight: bold;
    }
  .field--error {
      padding-inline-start: var(--_space);
      border-inline-start: 4px solid var(--_danger);
    }
  .field__input {
      display: block;
      inline-size: 100%;
      max-inline-size: 32em;
      min-block-size: 44px;
      margin-block-start: calc(var(--_space) / 2);
      padding-inline: var(--_space);
      border: 2px solid var(--_text);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
  .field__input--long {
      max-inline-size: 100%;
      padding-block: var(--_space);
      resize: vertical;
    }
  .field--error .field__input {
      border-color: var(--_danger);
    }
  .choices__list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
    }
  .choice {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: 44px;
    }
  .choice input {
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      flex: none;
    }
  .choice__hint {
      padding-inline-start: calc(24px + var(--_space));
    }
  .privacy,
    .pii-check,
    .receipt {
      margin-block: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
  .privacy__title,
    .pii-check__title {
      margin-block: 0 var(--_space);
      font-size: 1.05em;
    }
  .actions,
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-block: calc(var(--_space) * 2);
    }
  @media print {
      .no-print,
      .tabs,
      .form,
      .gk-error-summary {
        display: none !important;
      }
      [part~='base'] {
        color: #000;
        background: #fff;
      }
    }
  @media (forced-colors: active) {
      .tab[aria-current='page'] {
        border: 3px solid Highlight;
      }
      .chart__bar {
        fill: CanvasText;
      }
      .chart__label,
      .chart__value {
        fill: CanvasText;
      }
    }
`;
