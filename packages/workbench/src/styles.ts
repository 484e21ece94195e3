/** The workbench's own layout on top of the ui package's base, view and form styles. */
import { css } from 'lit';
import { viewStyles, baseStyles } from '@gongkai/ui';
import { formStyles } from '@gongkai/ui/form-styles';

const workbench = css`
  [part~='base'] {
    padding: calc(var(--_space) * 2);
    max-inline-size: 72em;
    margin-inline: auto;
  }
  h1 {
    font-size: 1.5em;
    margin-block: 0 calc(var(--_space) * 2);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h2 {
    font-size: 1.2em;
    margin-block: calc(var(--_space) * 3) var(--_space);
  }
  .badge {
    display: inline-block;
    padding-inline: calc(var(--_space) / 2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: bold;
    white-space: nowrap;
  }
  .badge--overdue {
    color: var(--_danger);
  }
  .badge--soon {
    color: var(--_warning);
  }
  .queue {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .queue > li {
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .queue__count {
    margin-block: var(--_space);
  }
  .queue__title {
    font-weight: bold;
  }
  .queue__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    color: var(--_text-muted);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    align-items: end;
  }
  .filters .field {
    margin-block-end: var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
    white-space: pre-wrap;
  }
  @media (max-width: 480px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: var(--_space);
    }
  }
  .timeline {
    padding-inline-start: calc(var(--_space) * 3);
  }
  .sso-or {
    color: var(--_text-muted);
  }
  .refusal {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    color: var(--_danger);
    font-weight: bold;
  }
  /* Attachment rows of the reply form and the templates page (views/action-form.ts, pages/templates-page.ts). */
  .links__row {
    margin-block: var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border, currentColor);
  }
  .placeholders {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .templates__list {
    list-style: none;
    padding: 0;
  }
  .templates__body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  /* Kept in the page while empty so a screen reader announces what arrives in it. */
  .status:empty {
    margin: 0;
  }
  .done {
    padding: var(--_space);
    border: 2px solid var(--_success);
  }
  .panel {
    margin-block: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .tabs ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    list-style: none;
    padding: 0;
  }
  .tabs a[aria-current='page'] {
    font-weight: bold;
  }
  .receipt__code {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .side-by-side pre {
    white-space: pre-wrap;
    font: inherit;
    margin: 0;
  }
  mark.masked {
    background: var(--_mark);
    color: var(--_mark-text);
    outline: 1px dashed var(--_text);
  }
  .panel > h2:first-child {
    margin-block-start: 0;
  }
  .masthead {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 3);
    padding-block-end: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
    border-block-end: 3px solid var(--_accent);
  }
  .masthead p {
    margin: 0;
  }
  .masthead__name {
    font-size: 1.125em;
    font-weight: bold;
  }
  .masthead nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .masthead nav a {
    display: inline-block;
    padding-block: calc(var(--_space) / 2);
  }
  .masthead nav a[aria-current='page'] {
    font-weight: bold;
    color: var(--_text);
  }
  .masthead .actions {
    margin: 0;
  }
  table.report {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 48em;
  }
  .report caption {
    text-align: start;
    font-weight: bold;
    padding-block: var(--_space);
  }
  .report th,
  .report td {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    text-align: start;
    font-weight: normal;
  }
  .report thead th,
  .report tfoot th {
    font-weight: bold;
  }
  .report .report__count {
    text-align: end;
    white-space: nowrap;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .no-print {
      display: none !important;
    }
  }
`;

export const workbenchStyles = [...baseStyles, viewStyles, formStyles, workbench];
