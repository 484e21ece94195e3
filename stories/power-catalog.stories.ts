import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/power-catalog/src/define.js';
import type { CollectionSource } from '@gongkai/client';
import type { PowerItem } from '@gongkai/schema';
import { generatePowerItems, powerCatalogFile } from '../test/fixtures/power-items.js';

/**
 * `<gk-power-catalog>`: the administrative power list (行政权力清单). Browse by
 * power type and department, search (Traditional script and other bracket
 * styles find the same items), open an item for its legal basis, materials,
 * process flowchart, time limits, fees, channels and responsibilities.
 */
const meta: Meta = {
  title: 'Elements/Power catalog 权力清单',
  component: 'gk-power-catalog',
  argTypes: {
    lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] },
    layout: { control: 'select', options: ['list', 'table'] },
    count: { control: { type: 'number', min: 0, max: 10000 } },
  },
  args: { lang: 'zh-Hans', layout: 'list', count: 300 },
  render: (args) =>
    html`<gk-power-catalog lang=${args['lang']} layout=${args['layout']} url-state="none" .data=${powerCatalogFile(generatePowerItems(Number(args['count']), 1))}></gk-power-catalog>`,
};
export default meta;
type Story = StoryObj;

export const List: Story = {};
export const Table: Story = { args: { layout: 'table' } };
export const TenThousandItems: Story = { args: { count: 10000 } };
export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
export const English: Story = { args: { lang: 'en' } };
export const Empty: Story = { args: { count: 0 } };

/** A file with an invalid envelope: the error view names the JSON path. */
export const BrokenData: Story = {
  render: () => html`<gk-power-catalog url-state="none" .data=${{ schemaVersion: 1, kind: 'power-catalog', publisher: { id: 'x', name: '示例' }, updatedAt: '2026-11-01', items: { oops: true } }}></gk-power-catalog>`,
};

/** A few invalid items among valid ones: the rest are shown with a count of the skipped. */
export const PartlyInvalid: Story = {
  render: () => {
    const file = powerCatalogFile(generatePowerItems(30, 2)) as unknown as { items: Array<Record<string, unknown>> };
    file.items[3] = { ...file.items[3], type: 'mystery' };
    file.items[7] = { ...file.items[7], legalBasis: [] };
    return html`<gk-power-catalog url-state="none" .data=${file}></gk-power-catalog>`;
  },
};

/** Loading a large file: progress is shown while it downloads. */
export const Loading: Story = {
  render: () => {
    const never: CollectionSource<PowerItem> = {
      load: ({ onProgress } = {}) => {
        onProgress?.({ loaded: 3_200_000, total: 20_000_000 });
        return new Promise(() => {});
      },
      query: () => new Promise(() => {}),
      get: () => Promise.resolve(undefined),
    };
    return html`<gk-power-catalog url-state="none" .source=${never}></gk-power-catalog>`;
  },
};
