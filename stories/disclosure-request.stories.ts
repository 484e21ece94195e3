import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/disclosure-request/src/define.js';

/**
 * `<gk-disclosure-request>`: the application for disclosure on request (依申请公开申请表):
 * applicant (person or organization), agency, the information wanted, forms of provision and
 * ways to obtain it; check your answers; submit with an idempotency key and automatic retry;
 * receipt with tracking number, query code and legal due date; status lookup; printable form.
 *
 * Storybook has no server speaking the REST contract, so these stories read the agency list from
 * a static `agency-directory` file (a data: URL) and show the print-and-post path. The browser
 * tests run the whole flow against a contract stub (test/servers/rest-contract-stub.mjs).
 */
const agencies = {
  schemaVersion: 1,
  kind: 'agency-directory',
  publisher: { id: 'example-city', name: '示例市人民政府' },
  updatedAt: '2026-11-01',
  agencies: [
    { id: 'gov-office', name: '示例市人民政府办公室', acceptsDisclosureRequests: true },
    { id: 'market', name: '示例市市场监督管理局', acceptsDisclosureRequests: true },
    { id: 'housing', name: '示例市住房和城乡建设局', acceptsDisclosureRequests: true },
  ],
};
const agencyFile = `data:application/json,${encodeURIComponent(JSON.stringify(agencies))}`;
const brokenFile = `data:application/json,${encodeURIComponent(JSON.stringify({ ...agencies, agencies: { oops: true } }))}`;

const meta: Meta = {
  title: 'Elements/Disclosure request 依申请公开',
  component: 'gk-disclosure-request',
  argTypes: { lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] } },
  args: { lang: 'zh-Hans' },
  render: (args) => html`<gk-disclosure-request lang=${args['lang']} url-state="none" src=${agencyFile}></gk-disclosure-request>`,
};
export default meta;
type Story = StoryObj;

/** No `api`: the form works, says online submission is not configured, and ends in a printable form. */
export const PrintAndPost: Story = {};
export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
export const English: Story = { args: { lang: 'en' } };

/** Neither `api` nor `src`: the agency is typed by hand. */
export const NoAgencyList: Story = { render: () => html`<gk-disclosure-request url-state="none"></gk-disclosure-request>` };

/** A broken agency file: the error names the JSON path, and the form stays usable. */
export const BrokenAgencyList: Story = { render: () => html`<gk-disclosure-request url-state="none" src=${brokenFile}></gk-disclosure-request>` };

/**
 * A server that cannot be reached: the agency list fails; fill the form (agency by hand) and
 * submit to see "not sent yet — will retry" with the time of the next attempt and "retry now".
 */
export const UnreachableServer: Story = {
  render: () => html`<gk-disclosure-request url-state="none" api="http://127.0.0.1:9/api/"></gk-disclosure-request>`,
};
