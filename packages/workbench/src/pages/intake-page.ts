/**
 * `<gk-wb-intake-page>`: 登记 — a registrar enters an application received in person, by post
 * or by fax, or a letter received by post (docs/staff.md "Offline intake"), and gets the
 * printable receipt (回执) with the tracking number and query code. The query code is shown this
 * once: it lives only in this page's state until the next entry, never in storage or the URL.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import type { StaffApi } from '../api/client.js';
import type { OfflineReceipt, StaffUser } from '../api/types.js';
import { letterIntakeSpec, requestIntakeSpec } from '../actions/intake-specs.js';
import { channelLabel } from '../labels.js';
import { routeHref } from '../router.js';
import { WorkbenchElement } from '../workbench-element.js';

type Kind = 'request' | 'letter';

export class GkWbIntakePage extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    user: { attribute: false },
    query: { attribute: false },
    receipt: { state: true },
  };

  declare api: StaffApi | undefined;
  declare user: StaffUser | undefined;
  declare query: URLSearchParams;
  declare receipt: (OfflineReceipt & { kind: Kind; agencyName: string }) | undefined;

  /** One Idempotency-Key per entry: a retry after a lost answer is the same entry, never a second one. */
  #key = newKey();

  constructor() {
    super();
    this.query = new URLSearchParams();
  }

  get #kind(): Kind {
    return this.query.get('kind') === 'letter' ? 'letter' : 'request';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query') && changed.get('query') !== undefined) this.#next();
  }

  override render(): TemplateResult {
    const kind = this.#kind;
    const tab = (value: Kind, label: string) =>
      html`<li><a href=${routeHref({ page: 'intake', query: new URLSearchParams(value === 'letter' ? { kind: 'letter' } : {}) })} aria-current=${kind === value ? 'page' : 'false'}>${label}</a></li>`;
    return html`<div part="base">
      <h1 tabindex="-1" class="no-print">${msg('登记', { id: 'wb.intake.title' })}</h1>
      <nav class="no-print tabs" aria-label=${msg('登记类别', { id: 'wb.intake.kinds' })}>
        <ul>
          ${tab('request', msg('依申请公开申请', { id: 'wb.intake.kindRequest' }))} ${tab('letter', msg('邮寄来信', { id: 'wb.intake.kindLetter' }))}
        </ul>
      </nav>
      ${this.receipt ? this.#renderReceipt(this.receipt) : this.#renderForm(kind)}
    </div>`;
  }

  #renderForm(kind: Kind): TemplateResult {
    const spec = kind === 'letter' ? letterIntakeSpec() : requestIntakeSpec(this.user?.agencies ?? []);
    return html`<gk-wb-action-form class="no-print" .spec=${spec} .submit=${(body: Record<string, unknown>) => this.#submit(kind, body)}></gk-wb-action-form>`;
  }

  async #submit(kind: Kind, body: Record<string, unknown>): Promise<void> {
    const receipt = kind === 'letter' ? await this.api!.registerLetter(body, this.#key) : await this.api!.registerRequest(body, this.#key);
    const agencyId = kind === 'letter' ? undefined : (body['agencyId'] as string);
    const agencies = this.user?.agencies ?? [];
    const agencyName = (agencies.find((agency) => agency.id === agencyId) ?? agencies[0])?.name ?? '';
    this.receipt = { ...receipt, kind, agencyName };
    this.#key = newKey();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
  }

  #renderReceipt(receipt: NonNullable<GkWbIntakePage['receipt']>): TemplateResult {
    const number = receipt.trackingNumber ?? receipt.letterNumber ?? '';
    const isLetter = receipt.kind === 'letter';
    return html`<section class="panel receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${isLetter ? msg('来信登记回执', { id: 'wb.receipt.letterTitle' }) : msg('政府信息公开申请登记回执', { id: 'wb.receipt.requestTitle' })}</h2>
      <p>${receipt.agencyName}</p>
      <dl class="facts">
        <dt>${isLetter ? msg('来信编号', { id: 'wb.receipt.letterNumber' }) : msg('受理编号', { id: 'wb.receipt.trackingNumber' })}</dt>
        <dd><strong class="receipt__code">${number}</strong></dd>
        <dt>${msg('查询码', { id: 'wb.receipt.queryCode' })}</dt>
        <dd><strong class="receipt__code">${receipt.queryCode}</strong></dd>
        <dt>${msg('收件渠道', { id: 'wb.field.channel' })}</dt>
        <dd>${channelLabel(receipt.channel)}</dd>
        <dt>${msg('收到日期', { id: 'wb.field.receivedAt' })}</dt>
        <dd>${formatDate(receipt.receivedAt, this.locale)}</dd>
        ${receipt.dueDate ? html`<dt>${msg('答复期限', { id: 'wb.request.dueDate' })}</dt><dd>${formatDate(receipt.dueDate, this.locale)}</dd>` : nothing}
      </dl>
      <p>${msg('凭编号和查询码可在网上查询办理进度和答复。请妥善保管查询码，本机关不会以任何方式索要。', { id: 'wb.receipt.howToLookUp' })}</p>
      <p class="no-print gk-muted" role="note">${msg('查询码只显示这一次：请现在打印回执，交给或寄给申请人。', { id: 'wb.receipt.once' })}</p>
      <div class="actions no-print">
        <button type="button" class="gk-button gk-button--primary" @click=${() => window.print()}>${msg('打印回执', { id: 'wb.receipt.print' })}</button>
        <button type="button" class="gk-button" @click=${this.#onNext}>${msg('登记下一件', { id: 'wb.receipt.next' })}</button>
      </div>
    </section>`;
  }

  #next(): void {
    this.receipt = undefined;
    this.#key = newKey();
  }

  #onNext = async () => {
    this.#next();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  };
}

/** 128 random bits; getRandomValues also works on a plain-HTTP intranet address, where randomUUID does not exist. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `wb-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
