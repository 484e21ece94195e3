/**
 * Styles of the views in the lazily loaded chunk (list, letter, lookup, receipt, statistics),
 * adopted into the shadow root when the chunk arrives so the first load carries only the form's.
 * Printed, the letters list keeps only its results, as the catalog's and the directory's do: the
 * print rule lives here, with the list it hides, rather than in @gongkai/ui's shared styles, which
 * every element's first load carries (the directory's is at its budget).
 */
import { css } from 'lit';
import { receiptStyles } from '@gongkai/ui/receipt-styles';

export const laterStyles = [receiptStyles, css`
  .lookup__status {
      font-size: 1.2em;
    }
  .section,
    .letter__section {
      margin-block: calc(var(--_space) * 2);
    }
  .section__title {
      margin-block: 0 var(--_space);
      font-size: 1.15em;
    }
  .pii-check {
      border: 3px solid var(--_warning);
      background: var(--_surface);
    }
  .receipt {
      border: 3px solid var(--_success);
      background: var(--_surface);
    }
  .result-count {
      margin-block: var(--_space);
    }
  .results {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  .result {
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_border);
    }
  .result__subject {
      margin: 0;
      font-size: 1.1em;
    }
  .result__subject a,
    .offline a {
      color: var(--_accent);
    }
  .result__meta {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
      margin: calc(var(--_space) / 2) 0 0;
      color: var(--_text-muted);
    }
  .badge {
      padding-inline: calc(var(--_space) / 2);
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      color: var(--_accent);
    }
  .meta {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
      margin: 0;
    }
  .meta div {
      display: contents;
    }
  .meta dt {
      font-weight: bold;
    }
  .meta dd {
      margin: 0;
    }
  .letter__text {
      margin-block: var(--_space);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  .replies {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  .reply {
      margin-block-end: var(--_space);
      padding: var(--_space) calc(var(--_space) * 2);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface-alt);
    }
  .reply__meta {
      margin: 0;
    }
  .lookup__form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0 calc(var(--_space) * 2);
    }
  .lookup__form .field__input {
      max-inline-size: 16em;
    }
  .lookup__form .gk-button {
      margin-block-end: calc(var(--_space) * 2);
    }
  .timeline {
      padding-inline-start: 1.5em;
    }
  .timeline__step--todo {
      color: var(--_text-muted);
    }
  .timeline__step--current {
      font-weight: bold;
    }
  .timeline--events .timeline__step {
      margin-block-end: calc(var(--_space) / 2);
    }
  .timeline__unit,
  .timeline__note {
      display: block;
      font-weight: normal;
    }
  .timeline__note {
      margin: 0;
    }
  .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
      gap: var(--_space);
      margin: 0;
    }
  .figure {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  .figure dt {
      color: var(--_text-muted);
    }
  .figure__value {
      margin: 0;
      font-size: 1.5em;
      font-weight: bold;
    }
  .chart {
      margin: 0 0 var(--_space);
    }
  .chart__svg {
      display: block;
      inline-size: 100%;
      max-inline-size: 600px;
      block-size: auto;
    }
  .chart__bar {
      fill: var(--_accent);
    }
  .chart__label,
    .chart__value {
      fill: var(--_text);
      font-size: 14px;
    }
  .table-wrap {
      overflow-x: auto;
    }
  .table {
      border-collapse: collapse;
      min-inline-size: 20em;
    }
  .table caption {
      text-align: start;
      font-weight: bold;
    }
  .table th,
    .table td {
      padding: calc(var(--_space) / 2) var(--_space);
      border: 1px solid var(--_border);
      text-align: start;
    }
  .table .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  @media print {
      .gk-search,
      .gk-chips,
      .gk-pager {
        display: none !important;
      }
    }
`];
