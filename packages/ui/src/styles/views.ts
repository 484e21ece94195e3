/** Styles of the shared views (status, search, chips, pager, error summary). */
import { css } from 'lit';

export const viewStyles = css`
  .gk-muted {
    color: var(--_text-muted);
  }
  .gk-status {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .gk-status p {
    margin-block: var(--_space);
    margin-inline: 0;
  }
  .gk-loading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .gk-loading progress {
    inline-size: min(100%, 240px);
  }
  .gk-spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: gk-spin 0.8s linear infinite;
  }
  @keyframes gk-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .gk-error {
    border-color: var(--_danger);
    border-inline-start-width: 6px;
    background: var(--_surface);
  }
  .gk-error__title,
  .gk-error-summary__title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.4;
    color: var(--_danger);
  }
  .gk-error__issues {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .gk-path {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
    font-size: 0.9em;
    padding-inline: 0.25em;
    background: var(--_surface-alt);
    border-radius: 2px;
  }
  .gk-notice {
    margin-block: var(--_space);
    margin-inline: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .gk-search__label {
    display: block;
    font-weight: bold;
    margin-block-end: calc(var(--_space) / 2);
  }
  .gk-search__row {
    display: flex;
    gap: var(--_space);
  }
  .gk-search__input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 44px;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .gk-chips {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .gk-chips__label {
    font-weight: bold;
  }
  .gk-chips__list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .gk-chip {
    min-block-size: 36px;
    padding-block: 2px;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .gk-chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .gk-chip__count {
    margin-inline-start: 0.25em;
  }
  .gk-pager {
    margin-block: calc(var(--_space) * 2);
  }
  .gk-pager__list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .gk-pager__page[aria-current='page'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: bold;
  }
  .gk-pager__gap {
    align-self: center;
    padding-inline: calc(var(--_space) / 2);
  }
  .gk-error-summary {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    margin-block-end: calc(var(--_space) * 2);
  }
  .gk-error-summary a {
    color: var(--_danger);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .gk-chip[aria-pressed='true'],
    .gk-pager__page[aria-current='page'] {
      border: 3px solid Highlight;
    }
  }
`;
