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
import { renderSubmissionProgress, type SubmissionProgressState } from '../src/views/submission-progress.js';
import { formStyles } from '../src/styles/form-styles.js';

export type ViewState = 'loading' | 'empty' | 'error' | 'list' | 'sending' | 'waiting' | 'gave-up' | 'refused';

/** When the waiting view's next attempt is (shown in the reader's local time). */
export const RETRY_AT = Date.UTC(2026, 10, 22, 2, 30, 5);

const SUBMISSION_STATES: Partial<Record<ViewState, SubmissionProgressState>> = {
  sending: { phase: 'sending' },
  waiting: { phase: 'waiting', retryAt: RETRY_AT, reason: 'network' },
  'gave-up': { phase: 'failed', retryable: true },
  refused: { phase: 'failed', retryable: false },
};

export class GkViewsFixture extends GkElement {
  static override styles = [GkElement.styles, viewStyles, formStyles];
  static override properties = { state: { type: String }, page: { type: Number }, query: { type: String } };
  declare state: ViewState;
  declare page: number;
  declare query: string;
  selected: string[] = [];
  cleared = 0;
  retried = 0;
  backToForm = 0;

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
      ${SUBMISSION_STATES[this.state]
        ? renderSubmissionProgress({
            state: SUBMISSION_STATES[this.state],
            locale,
            ...(this.state === 'refused' ? { failure: '受理机关不存在。' } : {}),
            onRetryNow: () => this.retried++,
            onBackToForm: () => this.backToForm++,
            texts: {
              sending: '正在提交申请，请稍候…',
              waiting: '申请尚未提交成功，将自动重试。',
              noDuplicate: '重试不会产生重复的申请。',
              notSent: '申请尚未提交成功。',
              gaveUp: '多次尝试后仍无法连接服务器。',
              failed: '申请未能提交。',
              backToForm: '返回修改申请',
            },
          })
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
