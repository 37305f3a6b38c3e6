import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { repositoryRoot } from '../../lib/paths.js';

/**
 * The hub's own pages, served by the gateway and built on the public graph only (they send GraphQL
 * to /graphql with the user's token, like any front-end): the Transferpunt werkbak at /werkbak/ and
 * the directory's beheer page at /beheer/. What they share (talking to the hub, signing in, the
 * frame and its look) is served once at /gedeeld/. Files are read once at start; nothing comes from
 * a CDN, so the pages work offline.
 */
export const pagePaths = { werkbak: '/werkbak', beheer: '/beheer' } as const;
export type PageName = keyof typeof pagePaths;

interface StaticFile {
  body: Buffer;
  contentType: string;
}

export interface PageSettings {
  /** The pages to serve; the shared files come with any of them. */
  pages: readonly PageName[];
  mode: 'development' | 'production';
  /** Where users sign in with the identity provider in production; the pages send them there. */
  loginUrl: string | undefined;
}

// The pages run only their own scripts and talk only to this origin; they cannot be framed.
const securityHeaders = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function readDirectory(name: string, urlPath: string, files: Map<string, StaticFile>): void {
  const directory = join(repositoryRoot, 'gateway', 'pages', name);
  for (const file of readdirSync(directory)) {
    const contentType = contentTypes[extname(file)];
    if (!contentType) continue;
    const body = readFileSync(join(directory, file));
    files.set(`${urlPath}/${file}`, { body, contentType });
    if (file === 'index.html') files.set(`${urlPath}/`, { body, contentType });
  }
}

export function createPages(settings: PageSettings): (req: IncomingMessage, res: ServerResponse) => boolean {
  const files = new Map<string, StaticFile>();
  const roots: string[] = [];
  if (settings.pages.length > 0) {
    readDirectory('gedeeld', '/gedeeld', files);
    files.set('/gedeeld/instellingen.json', { body: Buffer.from(JSON.stringify({ modus: settings.mode, aanmeldUrl: settings.loginUrl ?? null })), contentType: 'application/json; charset=utf-8' });
    roots.push('/gedeeld');
  }
  for (const page of settings.pages) {
    readDirectory(page, pagePaths[page], files);
    roots.push(pagePaths[page]);
  }
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    const root = roots.find((candidate) => path === candidate || path.startsWith(`${candidate}/`));
    if (!root) return false;
    if (path === root) {
      res.writeHead(301, { location: `${root}/` }).end();
      return true;
    }
    const file = files.get(path);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders }).end(file ? 'Method not allowed' : 'Not found');
      return true;
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length, ...securityHeaders });
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
