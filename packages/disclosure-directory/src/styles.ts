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
  @media (forced-colors: active) {
    .badge--invalid,
    .badge--abolished {
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
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
