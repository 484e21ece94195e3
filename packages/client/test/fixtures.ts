/** Small valid data files for the source tests, and a loopback HTTP server helper. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const publisher = { id: 'example-city', name: '示例市人民政府' };

export function powerItem(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const types = ['licensing', 'penalty', 'publicService'];
  return {
    id: `item-${i}`,
    name: i % 3 === 0 ? `數字政府服務事項${i}` : `食品经营许可${i}`,
    type: types[i % 3],
    department: i % 2 === 0 ? 'market' : 'housing',
    code: `62052400MZ-XK-${String(i).padStart(4, '0')}`,
    legalBasis: [{ title: '《中华人民共和国行政许可法》', docNumber: '主席令第7号' }],
    ...overrides,
  };
}

export function powerCatalogFile(count: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'power-catalog',
    publisher,
    updatedAt: '2026-11-01T08:00:00+08:00',
    departments: [
      { id: 'market', name: '示例市市场监督管理局' },
      { id: 'housing', name: '示例市住房和城乡建设局' },
    ],
    items: Array.from({ length: count }, (_, i) => powerItem(i)),
    ...extra,
  };
}

export function disclosureFile(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'disclosure-directory',
    publisher,
    updatedAt: '2026-11-01T08:00:00+08:00',
    categories: [{ id: 'c1', name: '规划计划' }],
    documents: [
      {
        id: 'd1',
        indexNumber: '000014349/2014-00001',
        title: '关于印发数字政府建设实施方案的通知',
        publisher: '衡阳市人民政府办公室',
        publishedAt: '2014-03-01',
        categoryIds: ['c1'],
        documentNumber: '衡政办函〔2014〕36号',
        validity: { status: 'valid' },
      },
      {
        id: 'd2',
        indexNumber: '000014349/2012-00002',
        title: '高新区管理办法',
        publisher: '高新区管委会',
        publishedAt: '2012-06-01',
        categoryIds: ['c1'],
        documentNumber: '高政发[2012]58号',
        body: { format: 'html', content: '<p>本办法自<b>发布之日</b>起施行。</p>' },
      },
    ],
  };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

/** A real node:http server on 127.0.0.1, random port. */
export async function startServer(handler: Handler): Promise<{ base: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    Promise.resolve(handler(req, res, url)).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, body: unknown, status = 200, type = 'application/json; charset=utf-8'): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': type, 'content-length': bytes.byteLength });
  res.end(bytes);
}
