import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/mayor-mailbox/src/define.js';
import demoLetters from '../demo/data/mailbox-letters.json';

/**
 * `<gk-mayor-mailbox>`: the mayor's mailbox (市长信箱). With `api` (a server speaking the REST
 * contract, e.g. `npm start`) every view works: write, public letters, lookup with rating,
 * statistics. Without it — as here, with the demo archive passed as `data` — the public letters
 * and the statistics work from the file, and writing and lookup point to `write-url`.
 */
const meta: Meta = {
  title: 'Elements/Mayor mailbox 市长信箱',
  component: 'gk-mayor-mailbox',
  argTypes: {
    lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] },
    api: { control: 'text' },
    writeUrl: { control: 'text' },
  },
  args: { lang: 'zh-Hans', api: '', writeUrl: 'https://www.example.gov.cn/xinxiang' },
  render: (args) => html`<gk-mayor-mailbox
    lang=${args['lang']}
    url-state="none"
    write-url=${args['writeUrl']}
    .api=${args['api'] || undefined}
    .data=${args['api'] ? undefined : demoLetters}
  ></gk-mayor-mailbox>`,
};
export default meta;
type Story = StoryObj;

export const PublicLetters: Story = {};
export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
export const English: Story = { args: { lang: 'en' } };
/** Needs the reference server on the same origin (`npm start`), which speaks the contract under /api/. */
export const Online: Story = { args: { api: '/api/' } };

/** A file with an invalid envelope: the error view names the JSON path. */
export const BrokenData: Story = {
  render: () => html`<gk-mayor-mailbox url-state="none" .data=${{ schemaVersion: 1, kind: 'mailbox-letters', publisher: { id: 'x', name: '示例' }, updatedAt: '2026-11-01', letters: { oops: true } }}></gk-mayor-mailbox>`,
};
