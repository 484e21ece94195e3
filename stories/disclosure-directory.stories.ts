import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/disclosure-directory/src/define.js';
import type { CollectionSource } from '@gongkai/client';
import type { DisclosureDocument } from '@gongkai/schema';
import { directoryFile, generateDocuments } from '../packages/disclosure-directory/test/fixtures/documents.js';
import seedFile from '../packages/disclosure-directory/test/fixtures/disclosure-directory.json';

/**
 * `<gk-disclosure-directory>`: the government-information disclosure directory
 * (政府信息公开目录). Category trees per scheme with counts, year, publisher and
 * validity filters, a switch hiding invalid and abolished documents, CJK search
 * (Traditional script and both 文号 bracket styles find the same documents; an
 * exact 索引号 or 文号 opens its document), a document view with the standard
 * metadata table, sanitized body and attachments, and the 公开指南.
 */
const meta: Meta = {
  title: 'Elements/Disclosure directory 政府信息公开目录',
  component: 'gk-disclosure-directory',
  argTypes: {
    lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] },
    count: { control: { type: 'number', min: 0, max: 100000 } },
  },
  args: { lang: 'zh-Hans', count: 300 },
  render: (args) =>
    html`<gk-disclosure-directory lang=${args['lang']} url-state="none" request-url="#apply" .data=${directoryFile(generateDocuments(Number(args['count']), 1))}></gk-disclosure-directory>`,
};
export default meta;
type Story = StoryObj;

export const List: Story = {};
export const HundredThousandDocuments: Story = { args: { count: 100000 } };
export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
export const English: Story = { args: { lang: 'en' } };
export const Empty: Story = { args: { count: 0 } };

/** Two real documents from the seeds (one in Traditional script, one with broken spacing) among generated ones. */
export const SeedDocuments: Story = {
  render: () => html`<gk-disclosure-directory url-state="none" .data=${seedFile}></gk-disclosure-directory>`,
};

/** A file with an invalid envelope: the error view names the JSON path. */
export const BrokenData: Story = {
  render: () => html`<gk-disclosure-directory url-state="none" .data=${{ ...directoryFile([]), categories: { oops: true } }}></gk-disclosure-directory>`,
};

/** A few invalid documents among valid ones: the rest are shown with a count of the skipped. */
export const PartlyInvalid: Story = {
  render: () => {
    const file = directoryFile(generateDocuments(30, 2)) as unknown as { documents: Array<Record<string, unknown>> };
    file.documents[3] = { ...file.documents[3], validity: { status: 'mystery' } };
    file.documents[7] = { ...file.documents[7], publishedAt: '去年' };
    return html`<gk-disclosure-directory url-state="none" .data=${file}></gk-disclosure-directory>`;
  },
};

/** Loading a large file: progress is shown while it downloads. */
export const Loading: Story = {
  render: () => {
    const never: CollectionSource<DisclosureDocument> = {
      load: ({ onProgress } = {}) => {
        onProgress?.({ loaded: 6_400_000, total: 40_000_000 });
        return new Promise(() => {});
      },
      query: () => new Promise(() => {}),
      get: () => Promise.resolve(undefined),
    };
    return html`<gk-disclosure-directory url-state="none" .source=${never}></gk-disclosure-directory>`;
  },
};
