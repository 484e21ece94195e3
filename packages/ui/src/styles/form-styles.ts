/**
 * The forms' shared look (disclosure application, mayor's mailbox): tabs between the form and
 * the lookup, labelled fields with hint, error and warning lines, wide touch targets (44 px),
 * choice lists and the action row. Imported as `@gongkai/ui/form-styles`, so the elements
 * without a form do not carry it.
 */
import { css } from 'lit';

export const formStyles = css`
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
  .field {
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field__label {
    display: block;
    padding: 0;
    font-weight: bold;
  }
  .field__optional {
    font-weight: normal;
    color: var(--_text-muted);
  }
  .field__hint,
  .field__error,
  .field__warning {
    margin: 0;
  }
  .field__hint {
    color: var(--_text-muted);
  }
  .field__error {
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  @media print {
    .tabs,
    .gk-error-summary {
      display: none !important;
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
