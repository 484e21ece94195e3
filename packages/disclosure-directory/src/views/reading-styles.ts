import { css } from 'lit';

/**
 * Styles of the document and guide views, adopted into the shadow root when
 * those views are loaded (see load-reading-views.ts), so the list's first
 * script does not carry them.
 */
export const readingStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .doc__title {
    font-size: 1.5em;
    line-height: 1.3;
    margin-block: var(--_space);
  }
  .doc__title:focus {
    outline: none;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .meta-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .meta-table th,
  .meta-table td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 1.5) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  .meta-table th {
    inline-size: 8em;
    background: var(--_surface-alt);
    font-weight: bold;
    white-space: nowrap;
  }
  .validity-date {
    margin-inline-start: 0.5em;
  }
  .doc__section h3 {
    font-size: 1.15em;
    margin-block: calc(var(--_space) * 2) var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  .doc__body p {
    margin-block: 0 0.8em;
    margin-inline: 0;
    text-indent: 2em;
  }
  .doc__body--html p {
    text-indent: 0;
  }
  .doc__body--html img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .doc__body--html table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .doc__body--html th,
  .doc__body--html td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2);
  }
  .doc__body--html pre {
    white-space: pre-wrap;
  }
  .attachments {
    padding-inline-start: 1.2em;
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
  }
  .request-link {
    text-decoration: none;
  }
  @media (max-width: 480px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .meta-table th {
      inline-size: auto;
      white-space: normal;
    }
  }
`;
