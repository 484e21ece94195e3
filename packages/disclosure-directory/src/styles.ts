import { css } from 'lit';

export const disclosureDirectoryStyles = css`
  .directory {
    container-type: inline-size;
  }
  .muted {
    color: var(--_text-muted);
  }
  .pre {
    white-space: pre-line;
  }
  .guide-link {
    margin-block: 0 var(--_space);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 760px) {
    .layout--tree {
      grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
      align-items: start;
    }
  }
  .layout__main {
    min-inline-size: 0;
  }
  .tree {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .tree__title {
    font-size: 1.05em;
    margin: 0 0 var(--_space);
  }
  .tree__schemes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .tree__list {
    list-style: none;
    margin: 0;
    padding-inline-start: 0;
  }
  .tree__list .tree__list {
    padding-inline-start: calc(var(--_space) * 2);
  }
  .tree__item {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 36px;
    padding-block: 2px;
    padding-inline: var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    text-align: start;
    cursor: pointer;
  }
  .tree__item:hover {
    border-color: var(--_border);
  }
  .tree__item[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .tree__count {
    flex: none;
  }
  .facets {
    margin-block: var(--_space);
  }
  .facet-fold > summary {
    cursor: pointer;
    font-weight: bold;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 44px;
    cursor: pointer;
  }
  .switch input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .exact {
    font-weight: bold;
  }
  .result-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .result-count {
    margin: 0;
    font-weight: bold;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .sort select {
    min-block-size: 44px;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .results {
    list-style: none;
    margin-block: var(--_space);
    margin-inline: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .results:focus {
    outline: none;
  }
  .results:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .result {
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .result__title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
  }
  .result--void .doc-link {
    color: var(--_text-muted);
  }
  .result__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin-block: calc(var(--_space) / 2) 0;
    margin-inline: 0;
  }
  .doc-link {
    font-weight: bold;
  }
  .badge {
    display: inline-block;
    padding-inline: calc(var(--_space) / 1.5);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: normal;
    vertical-align: middle;
    white-space: nowrap;
  }
  .badge--valid {
    color: var(--_success);
  }
  .badge--amended {
    color: var(--_warning);
  }
  .badge--invalid,
  .badge--abolished {
    color: var(--_surface);
    background: var(--_danger);
    border-color: var(--_danger);
  }
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
  @media (forced-colors: active) {
    .badge--invalid,
    .badge--abolished {
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .tree__item[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
  }
  @media print {
    .no-print,
    .gk-search,
    .gk-chips,
    .gk-pager,
    .layout__side,
    .exact {
      display: none !important;
    }
    .layout--tree {
      display: block;
    }
    [part~='base'] {
      color: #000;
      background: #fff;
    }
    a {
      color: #000;
    }
  }
`;
