import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicSchemaOf } from '../../lib/public-schema.js';
import type { SupergraphSource } from './supergraph-source.js';

export const publicSchemaPath = '/schema.graphql';

interface PublishedSchema {
  supergraph: string;
  body: Buffer;
  etag: string;
}

/**
 * GET /schema.graphql: the public schema of the supergraph the gateway serves right now, so a client
 * team generates types from what answers, including a region's own subgraph from the registry. It
 * is derived once per supergraph and revalidated by ETag, because it changes only on a reload. It
 * tells no more than introspection does, so it is published only where introspection is on.
 */
export function createPublicSchemaEndpoint(source: SupergraphSource, published: boolean): (req: IncomingMessage, res: ServerResponse) => boolean {
  let current: PublishedSchema | null = null;
  const publicSchema = (): PublishedSchema => {
    const supergraph = source.sdl;
    if (current?.supergraph !== supergraph) {
      const body = Buffer.from(publicSchemaOf(supergraph));
      current = { supergraph, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    }
    return current;
  };
  return (req, res) => {
    if ((req.url ?? '/').split('?')[0] !== publicSchemaPath) return false;
    const plain = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
    if (!published) {
      res.writeHead(404, plain).end('The schema is not published here: introspection is off (INTROSPECTION=false).\n');
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...plain, allow: 'GET, HEAD' }).end('Method not allowed\n');
      return true;
    }
    const { body, etag } = publicSchema();
    const headers = { ...plain, etag, 'cache-control': 'no-cache' };
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
