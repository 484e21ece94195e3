import { css } from 'lit';

export const disclosureRequestStyles = css`
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
  .step-title {
    margin-block: 0 var(--_space);
    font-size: 1.4em;
    line-height: 1.3;
  }
  .step-title:focus {
    outline: none;
  }
  .steps {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .section {
    margin-block: calc(var(--_space) * 2);
  }
  .section__title {
    margin-block: 0 var(--_space);
    font-size: 1.15em;
  }
  .field {
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field__label {
    display: block;
    font-weight: bold;
    padding: 0;
  }
  .field__optional {
    font-weight: normal;
    color: var(--_text-muted);
  }
  .field__hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .field__error {
    margin: 0;
    color: var(--_danger);
    font-weight: bold;
  }
  .field__warning {
    margin: 0;
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
    margin-block-start: calc(var(--_space) / 2);
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
  .daterange__row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .daterange__row .field {
    margin: 0;
  }
  .daterange__row .field__label {
    font-weight: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .link-button {
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .answers {
    margin: 0;
  }
  .answers__row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .answers__row dt {
    font-weight: bold;
  }
  .answers__row dd {
    margin: 0;
  }
  .answers__value {
    white-space: pre-line;
  }
  @media (max-width: 480px) {
    .answers__row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .receipt__panel {
    padding: calc(var(--_space) * 2);
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
  }
  .receipt__lead {
    margin-block-start: 0;
    font-size: 1.2em;
    font-weight: bold;
    color: var(--_success);
  }
  .receipt__codes {
    margin: 0;
  }
  .receipt__codes dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .receipt__code {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
    font-size: 1.3em;
    font-weight: bold;
    letter-spacing: 0.05em;
  }
  .explanation {
    color: var(--_text-muted);
  }
  .timeline {
    padding-inline-start: 1.5em;
  }
  .timeline li {
    margin-block-end: calc(var(--_space) / 2);
  }
  .timeline li > span + span {
    margin-inline-start: var(--_space);
  }
  .reply__content {
    white-space: pre-line;
  }
  .status:focus {
    outline: none;
  }
  .print-only {
    display: none;
  }
  .print-form__title {
    text-align: center;
  }
  .print-form__table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .print-form__table th,
  .print-form__table td {
    padding: 6px 8px;
    border: 1px solid #000;
    text-align: start;
    vertical-align: top;
  }
  .print-form__table th[scope='row'] {
    inline-size: 30%;
  }
  .print-form__group {
    background: #eee;
  }
  .print-form__blank {
    block-size: 3em;
  }
  @media print {
    .print-only {
      display: block;
    }
    .no-print,
    .tabs,
    .form,
    .check,
    .options,
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
    .field--error {
      border-inline-start-color: Mark;
    }
  }
`;
