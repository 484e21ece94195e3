/** A minimal element that renders each shared view, for tests and stories. */
import { html } from 'lit';
import { GkElement } from '../src/base/gk-element.js';
import { defineElement } from '../src/base/define.js';
import { viewStyles } from '../src/styles/views.js';
import { renderLoading, renderEmpty, renderError, renderSkippedNotice } from '../src/views/status-views.js';
import { renderSearchBox } from '../src/views/search-box.js';
import { renderFilterChips } from '../src/views/filter-chips.js';
import { renderPager } from '../src/views/pager.js';
import { renderErrorSummary } from '../src/views/error-summary.js';

export type ViewState = 'loading' | 'empty' | 'error' | 'list';

export class GkViewsFixture extends GkElement {
  static override styles = [GkElement.styles, viewStyles];
  static override properties = { state: { type: String }, page: { type: Number }, query: { type: String } };
  declare state: ViewState;
  declare page: number;
  declare query: string;
  selected: string[] = [];
  cleared = 0;

  constructor() {
    super();
    this.state = 'list';
    this.page = 1;
    this.query = '';
  }

  override render() {
    const locale = this.locale;
    return html`<div part="base">
      ${this.state === 'loading' ? renderLoading(locale, { loaded: 512 * 1024, total: 2048 * 1024 }) : ''}
      ${this.state === 'empty' ? renderEmpty({ onClearFilters: () => this.cleared++ }) : ''}
      ${this.state === 'error'
        ? renderError(
            {
              message: '文件 power.json 不符合数据格式。',
              issues: [{ path: 'items[412].legalBasis[0].title', message: '必填字段缺失' }],
              advice: '请联系网站管理员。',
              url: 'data/power.json',
              onRetry: () => {},
            },
            locale,
          )
        : ''}
      ${this.state === 'list'
        ? html`${renderSearchBox({ id: 'q', value: this.query, onInput: (v) => (this.query = v) })}
          ${renderFilterChips(
            {
              id: 'type',
              label: '权力类型',
              options: [
                { value: 'licensing', label: '行政许可', count: 120 },
                { value: 'penalty', label: '行政处罚', count: 80 },
              ],
              selected: this.selected,
              onToggle: (v) => {
                this.selected = this.selected.includes(v) ? this.selected.filter((s) => s !== v) : [...this.selected, v];
                this.requestUpdate();
              },
              onClear: () => {
                this.selected = [];
                this.requestUpdate();
              },
            },
            locale,
          )}
          ${renderSkippedNotice(3, locale)}
          ${renderErrorSummary([{ fieldId: 'q', message: '请输入搜索内容' }])}
          ${renderPager({ page: this.page, pageCount: 20, total: 395, onPage: (p) => (this.page = p) }, locale)}`
        : ''}
    </div>`;
  }
}

defineElement('gk-views-fixture', GkViewsFixture);

declare global {
  interface HTMLElementTagNameMap {
    'gk-views-fixture': GkViewsFixture;
  }
}
