/**
 * The category tree beside the list: one tree per scheme (主题 / 体裁 / 机构 /
 * 服务对象) with a switch between schemes when there is more than one, and
 * rolled-up counts. Each category is a toggle button in nested lists, so it
 * works with Tab, Enter and Space and is announced with its nesting level.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, formatNumber } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { CategoryIndex, CategoryNode, CategoryScheme } from '../category-tree.js';
import { schemeLabel } from '../labels.js';

export interface CategoryTreeModel {
  index: CategoryIndex;
  scheme: CategoryScheme;
  selected: string | undefined;
  counts: ReadonlyMap<string, number>;
  onScheme: (scheme: CategoryScheme) => void;
  onSelect: (id: string | undefined) => void;
}

function renderNodes(nodes: readonly CategoryNode[], model: CategoryTreeModel, locale: Locale): TemplateResult {
  return html`<ul class="tree__list">
    ${nodes.map((node) => html`<li>
      <button type="button" class="tree__item" aria-pressed=${model.selected === node.id ? 'true' : 'false'} @click=${() => model.onSelect(model.selected === node.id ? undefined : node.id)}>
        <span class="tree__name">${node.name}</span><span class="tree__count">(${formatNumber(model.counts.get(node.id) ?? 0, locale)})</span>
      </button>
      ${node.children.length ? renderNodes(node.children, model, locale) : nothing}
    </li>`)}
  </ul>`;
}

export function renderCategoryTree(model: CategoryTreeModel, locale: Locale): TemplateResult | typeof nothing {
  const { schemes } = model.index;
  const current = schemes.find((s) => s.scheme === model.scheme) ?? schemes[0];
  if (!current) return nothing;
  return html`<nav class="tree" part="categories" aria-label=${msg('信息分类', { id: 'dd.tree.label' })}>
    ${schemes.length > 1
      ? html`<div class="tree__schemes" role="group" aria-label=${msg('分类方式', { id: 'dd.tree.schemes' })}>
          ${schemes.map(({ scheme }) => html`<button type="button" class="gk-chip" aria-pressed=${scheme === current.scheme ? 'true' : 'false'} @click=${() => model.onScheme(scheme)}>${schemeLabel(scheme)}</button>`)}
        </div>`
      : html`<h2 class="tree__title">${msg('信息分类', { id: 'dd.tree.label' })}</h2>`}
    <ul class="tree__list tree__list--root">
      <li>
        <button type="button" class="tree__item" aria-pressed=${model.selected === undefined ? 'true' : 'false'} @click=${() => model.onSelect(undefined)}>
          <span class="tree__name">${msg('全部信息', { id: 'dd.tree.all' })}</span>
        </button>
      </li>
    </ul>
    ${renderNodes(current.roots, model, locale)}
  </nav>`;
}
