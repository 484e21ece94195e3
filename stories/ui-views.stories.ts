import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/ui/test/views-fixture.js';

/**
 * The shared views every Gongkai element uses: loading with progress, empty
 * result with "clear filters", the data-error view with JSON paths, and the
 * search box, filter chips, pager and error summary of a list, and the states of a form's
 * submission (sending, waiting to retry, given up, refused).
 */
const meta: Meta = {
  title: 'UI/Shared views',
  component: 'gk-views-fixture',
  argTypes: {
    state: { control: 'select', options: ['list', 'loading', 'empty', 'error', 'sending', 'waiting', 'gave-up', 'refused'] },
    lang: { control: 'select', options: ['zh-Hans', 'zh-Hant', 'en'] },
  },
  args: { state: 'list', lang: 'zh-Hans' },
  render: (args) => html`<gk-views-fixture lang=${args.lang} state=${args.state}></gk-views-fixture>`,
};
export default meta;
type Story = StoryObj;

export const List: Story = { args: { state: 'list' } };
export const Loading: Story = { args: { state: 'loading' } };
export const Empty: Story = { args: { state: 'empty' } };
export const DataError: Story = { args: { state: 'error' } };
export const TraditionalChinese: Story = { args: { state: 'list', lang: 'zh-Hant' } };
export const English: Story = { args: { state: 'error', lang: 'en' } };
/** A submission waiting for its next automatic attempt, with "retry now". */
export const SubmissionWaiting: Story = { args: { state: 'waiting' } };
/** The automatic attempts are over: retry now or go back to the form. */
export const SubmissionGaveUp: Story = { args: { state: 'gave-up' } };
export const SubmissionRefused: Story = { args: { state: 'refused' } };
