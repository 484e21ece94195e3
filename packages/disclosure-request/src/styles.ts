/** Styles of `<gk-disclosure-request>`: steps, sections, the date range, check-your-answers, receipt, lookup and the printable form; tabs and fields come from @gongkai/ui/form-styles. */
import { css } from 'lit';

export const disclosureRequestStyles = css`
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
    .form,
    .check,
    .options {
      display: none !important;
    }
    [part~='base'] {
      color: #000;
      background: #fff;
    }
  }
`;
