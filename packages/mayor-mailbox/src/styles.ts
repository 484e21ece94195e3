/**
 * Styles of `<gk-mayor-mailbox>` needed at first paint: titles, the letter form's own parts
 * (counter, privacy and personal-data panels); tokens, buttons, views, tabs and fields come from
 * @gongkai/ui. The contact group is a `.field` fieldset with a `.field__label` legend (form
 * styles), its title a little larger.
 */
import { css } from 'lit';

export const mayorMailboxStyles = css`
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
  .group__title {
      font-size: 1.1em;
    }
  .counter {
      margin: 0;
      color: var(--_text-muted);
    }
  .counter--over {
      color: var(--_danger);
      font-weight: bold;
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
  .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-block: calc(var(--_space) * 2);
    }
  @media print {
      .no-print,
      .form {
        display: none !important;
      }
      [part~='base'] {
        color: #000;
        background: #fff;
      }
    }
  @media (forced-colors: active) {
      .chart__bar {
        fill: CanvasText;
      }
      .chart__label,
      .chart__value {
        fill: CanvasText;
      }
    }
`;
