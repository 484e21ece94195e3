/**
 * The category tree's styles: they come with the tree's code (tree-views.ts), which loads beside
 * the data, so the element's first script does not carry them.
 */
import { css } from 'lit';

export const treeStyles = css`
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
  @media (forced-colors: active) {
    .tree__item[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
  }
`;
