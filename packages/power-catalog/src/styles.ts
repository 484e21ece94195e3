import { css } from 'lit';

export const powerCatalogStyles = css`
  .muted {
    color: var(--_text-muted);
  }
  .pre {
    white-space: pre-line;
  }
  .facet-fold {
    margin-block: var(--_space);
  }
  .facet-fold > summary {
    cursor: pointer;
    font-weight: bold;
    min-block-size: 44px;
    display: flex;
    align-items: center;
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
  .layout-switch {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .results {
    margin-block: var(--_space);
  }
  .results:focus {
    outline: none;
  }
  .results:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .results--list {
    list-style: none;
    margin-inline: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .result {
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .result__name {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
  }
  .result__meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin-block: calc(var(--_space) / 2) 0;
    margin-inline: 0;
  }
  .badge {
    display: inline-block;
    padding-inline: calc(var(--_space) / 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-size: 0.9em;
  }
  .item-link {
    font-weight: bold;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.95em;
  }
  .table th,
  .table td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 1.5);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    background: var(--_surface-alt);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .item__title {
    font-size: 1.5em;
    line-height: 1.3;
    margin-block: var(--_space);
  }
  .item__title:focus {
    outline: none;
  }
  .item__section h3 {
    font-size: 1.15em;
    margin-block: calc(var(--_space) * 2) var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
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
  .basis li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
  .basis__article {
    margin-inline-start: 0.5em;
  }
  .flow {
    margin: 0;
    overflow-x: auto;
  }
  .flow__svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  .flow__box {
    fill: var(--_surface-alt);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .flow__text {
    fill: var(--_text);
    font-size: 15px;
  }
  .flow__line {
    stroke: var(--_text-muted);
    stroke-width: 2;
  }
  .flow__arrowhead {
    fill: var(--_text-muted);
  }
  .windows,
  .links {
    padding-inline-start: 1.2em;
  }
  @media (max-width: 480px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .flow__box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .flow__text,
    .flow__arrowhead {
      fill: CanvasText;
    }
    .flow__line {
      stroke: CanvasText;
    }
  }
  @media print {
    .no-print,
    .gk-search,
    .gk-chips,
    .gk-pager {
      display: none !important;
    }
    [part~='base'] {
      color: #000;
      background: #fff;
    }
    a {
      color: #000;
    }
    details > * {
      display: block;
    }
  }
`;
