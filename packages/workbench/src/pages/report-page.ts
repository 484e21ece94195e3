/**
 * `<gk-wb-report-page>`: the annual report table of 国办公开办函〔2021〕30号 (applications
 * answered per row) for a year and one or all of the caller's agencies, printable. Year and
 * agency live in the URL like the queues' filters.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { formatNumber, msg, pickText, renderError, renderLoading, str } from '@gongkai/ui';
import { ApiError, SignInRequired } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { AnnualReport, StaffUser } from '../api/types.js';
import { todayInShanghai } from '../due.js';
import { navigate } from '../router.js';
import { WorkbenchElement } from '../workbench-element.js';

/** Years offered: this one and the four before (reports are due by 31 January for the year before). */
const YEARS_BACK = 5;

export class GkWbReportPage extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    user: { attribute: false },
    query: { attribute: false },
    report: { state: true },
    failure: { state: true },
  };

  declare api: StaffApi | undefined;
  declare user: StaffUser | undefined;
  declare query: URLSearchParams;
  declare report: AnnualReport | undefined;
  declare failure: string;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.failure = '';
  }

  get #year(): number {
    const asked = Number(this.query.get('year'));
    return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(todayInShanghai().slice(0, 4));
  }

  get #agencyId(): string {
    return this.query.get('agencyId') ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('query') || changed.has('api')) && this.api) void this.#load();
  }

  async #load(): Promise<void> {
    this.report = undefined;
    this.failure = '';
    try {
      this.report = await this.api!.annualReport(this.#year, this.#agencyId || undefined);
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.failure = error instanceof ApiError ? error.message : String(error);
    }
  }

  override render(): TemplateResult {
    const agencies = this.user?.agencies ?? [];
    const thisYear = Number(todayInShanghai().slice(0, 4));
    const agencyName = agencies.find((agency) => agency.id === this.#agencyId)?.name;
    return html`<div part="base">
      <h1 tabindex="-1">${msg('政府信息公开工作年度报告', { id: 'wb.report.title' })}</h1>
      <form class="filters no-print" aria-label=${msg('报告范围', { id: 'wb.report.scope' })} @submit=${this.#onShow}>
        <div class="field">
          <label class="field__label" for="report-year">${msg('年度', { id: 'wb.report.year' })}</label>
          <select class="field__input" id="report-year" name="year">
            ${Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i).map((year) => html`<option value=${year} ?selected=${year === this.#year}>${year}</option>`)}
          </select>
        </div>
        ${agencies.length > 1
          ? html`<div class="field">
              <label class="field__label" for="report-agency">${msg('机关', { id: 'wb.filter.agency' })}</label>
              <select class="field__input" id="report-agency" name="agencyId">
                <option value="">${msg('全部', { id: 'wb.queue.all' })}</option>
                ${agencies.map((agency) => html`<option value=${agency.id} ?selected=${agency.id === this.#agencyId}>${agency.name}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="actions"><button class="gk-button" type="submit">${msg('显示报告', { id: 'wb.report.show' })}</button></div>
      </form>
      <div aria-live="polite">
        ${this.failure
          ? renderError({ message: this.failure, onRetry: () => void this.#load() }, this.locale)
          : this.report
            ? this.#renderTable(this.report, agencyName ?? (agencies.length === 1 ? agencies[0]!.name : msg('全部机关', { id: 'wb.report.allAgencies' })))
            : renderLoading(this.locale)}
      </div>
    </div>`;
  }

  #renderTable(report: AnnualReport, scope: string): TemplateResult {
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<table class="report">
        <caption>${msg(str`${report.year} 年度依申请公开办理结果（${scope}）`, { id: 'wb.report.caption' })}</caption>
        <thead>
          <tr><th scope="col">${msg('办理结果', { id: 'wb.report.row' })}</th><th scope="col" class="report__count">${msg('件数', { id: 'wb.report.count' })}</th></tr>
        </thead>
        <tbody>
          ${report.rows.map((row) => html`<tr><th scope="row">${pickText(row.label, this.locale)}</th><td class="report__count">${n(row.count)}</td></tr>`)}
        </tbody>
        <tfoot>
          <tr><th scope="row">${msg('办结合计', { id: 'wb.report.total' })}</th><td class="report__count">${n(report.total)}</td></tr>
          <tr><th scope="row">${msg('本年新收申请', { id: 'wb.report.received' })}</th><td class="report__count">${n(report.received)}</td></tr>
        </tfoot>
      </table>
      <div class="actions no-print">
        <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印报告', { id: 'wb.report.print' })}</button>
        <a class="gk-button" href=${this.api!.annualReportFileUrl(report.year, this.#agencyId || undefined, 'xlsx')} download>${msg('下载 Excel（XLSX）', { id: 'wb.report.downloadXlsx' })}</a>
        <a class="gk-button" href=${this.api!.annualReportFileUrl(report.year, this.#agencyId || undefined, 'csv')} download>${msg('下载 CSV', { id: 'wb.report.downloadCsv' })}</a>
      </div>`;
  }

  #onShow = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const query = new URLSearchParams({ year: (form.elements.namedItem('year') as HTMLSelectElement).value });
    const agency = form.elements.namedItem('agencyId') as HTMLSelectElement | null;
    if (agency?.value) query.set('agencyId', agency.value);
    navigate({ page: 'reports', query });
  };
}
