/**
 * Sends a located static file as static-delivery.ts chooses: the representation, its ETag and
 * cache policy, a 304 when the client's copy is current.
 */
import { createGzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseRepresentation, matchesIfNoneMatch } from './static-delivery.js';
import { contentTypeOf, openFile } from './static-files.js';

export function sendStaticFile(
  request: FastifyRequest,
  reply: FastifyReply,
  found: { file: string; size: number; mtimeMs: number },
  urlPath: string,
): FastifyReply {
  const chosen = chooseRepresentation(found, urlPath, headerOf(request, 'accept-encoding'));
  void reply.type(contentTypeOf(found.file)).header('Cache-Control', chosen.cacheControl).header('ETag', chosen.etag);
  if (chosen.varies) void reply.header('Vary', 'Accept-Encoding');
  if (matchesIfNoneMatch(headerOf(request, 'if-none-match'), chosen.etag)) return reply.code(304).send();
  if (chosen.encoding !== 'identity') void reply.header('Content-Encoding', chosen.encoding);
  if (request.method === 'HEAD') {
    if (chosen.size !== undefined) void reply.header('Content-Length', chosen.size);
    return reply.send();
  }
  // No Content-Length with a stream: Fastify 5 then leaves the keep-alive connection busy
  // after the last byte, and close() (SIGTERM) waits for the client's keep-alive to end.
  const stream = openFile(chosen.file);
  if (!chosen.compressOnTheFly) return reply.send(stream);
  const gzip = createGzip({ level: 6 });
  stream.on('error', (error) => gzip.destroy(error));
  return reply.send(stream.pipe(gzip));
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
