import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// Autodocs (attributes, properties, events, parts, CSS custom properties) come
// from each element package's custom-elements.json, written by `npm run build`.
const manifests = import.meta.glob<{ default: { schemaVersion: string; modules: unknown[] } }>('../packages/*/custom-elements.json', { eager: true });
const modules = Object.values(manifests).flatMap((m) => m.default.modules);
setCustomElementsManifest({ schemaVersion: '2.1.0', readme: '', modules });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default preview;
