// `npx tsx examples/regiopagina/serve.ts`: serves the built page and passes /graphql on to the hub,
// so the page talks to its own origin only and its Content-Security-Policy can say so.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFolder } from './build.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Only its own script and style, and only its own origin to talk to: the page has no inline code.
const securityHeaders = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface RegiopaginaServerOptions {
  port: number;
  host?: string;
  /** The hub's GraphQL endpoint, for example http://localhost:4000/graphql. */
  hubUrl: string;
  folder?: string;
}

export function startRegiopagina({ port, host = '127.0.0.1', hubUrl, folder = distFolder }: RegiopaginaServerOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql') {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      try {
        const answer = await fetch(hubUrl, {
          method: 'POST',
          headers: { 'content-type': req.headers['content-type'] ?? 'application/json', accept: req.headers.accept ?? 'application/json' },
          body: Buffer.concat(chunks),
        });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      } catch {
        res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'The hub is unreachable' }] }));
      }
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    const contentType = contentTypes[extname(file)];
    // One flat folder: a name with a slash in it is nothing the build wrote.
    if (!contentType || file.includes('/') || file.includes('\\') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders }).end('Niet gevonden');
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(join(folder, file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders }).end('Niet gevonden');
      return;
    }
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-cache', ...securityHeaders });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 4180);
  const hubUrl = process.env.HUB_URL ?? 'http://localhost:4000/graphql';
  await startRegiopagina({ port, hubUrl, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Regiopagina on http://localhost:${port}/, asking ${hubUrl}`);
}
