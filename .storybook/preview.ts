import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default preview;
