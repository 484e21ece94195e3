#!/usr/bin/env node
/**
 * Serves the demo portal: the page, its data files and the built bundle, on
 * loopback, with the strict Content-Security-Policy a careful portal sends
 * (`default-src 'self'`), so the demo proves the elements work under it.
 *
 *   npm start            → http://127.0.0.1:8080/
 *   PORT=9000 npm start  → another port
 *
 * The reference server (@gongkai/server) will take this over and add the
 * REST contract; until then the demo reads the static files in demo/data/.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/gongkai/', join(root, 'packages/gongkai/dist')],
  ['/data/', join(root, 'demo/data')],
  ['/assets/', join(root, 'demo/assets')],
  ['/', join(root, 'demo/pages')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const securityHeaders = {
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

function locate(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = urlPath.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep)) return undefined; // no climbing out with ../
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // fall through to the next mount
    }
  }
  return undefined;
}

export function startDemoServer({ port = Number(process.env.PORT ?? 8080), host = process.env.HOST ?? '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = locate(path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders }).end('404 未找到');
      return;
    }
    const size = statSync(file).size;
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-cache',
      ...securityHeaders,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port, address } = server.address();
  console.log(`示例市人民政府 demo portal: http://${address}:${port}/`);
  console.log('Press Ctrl+C to stop.');
}
