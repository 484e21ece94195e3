/**
 * <gk-power-catalog> in React 19. React 19 passes objects to custom elements as properties
 * (so `data={file}` reaches the element's `data` property) and can listen to custom events
 * with `on` + the event name, here `ongk-select`.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@gongkai/power-catalog/define';
import type { PowerCatalogFile } from '@gongkai/schema';
import file from '../data/power-catalog.json';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'gk-power-catalog': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        data?: PowerCatalogFile;
        'url-state'?: 'hash' | 'query' | 'none';
        'ongk-select'?: (event: CustomEvent<{ id: string }>) => void;
      };
    }
  }
}

function App() {
  const [selected, setSelected] = useState<string>('');
  return (
    <main>
      <h1>权力清单（React 19）</h1>
      <p id="selected">{selected ? `已打开：${selected}` : '尚未打开事项'}</p>
      <gk-power-catalog data={file as PowerCatalogFile} url-state="none" ongk-select={(event) => setSelected(event.detail.id)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
