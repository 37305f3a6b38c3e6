import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { repositoryRoot } from '../../lib/paths.js';

/**
 * The Transferpunt werkbak: one page for Transferpunt staff, served by the gateway at /werkbak and
 * built on the public graph only (it sends GraphQL to /graphql with the user's token, like any
 * front-end). Its files are read once at start; nothing comes from a CDN, so it works offline.
 */
export const werkbakPath = '/werkbak';

interface StaticFile {
  body: Buffer;
  contentType: string;
}

export interface WerkbakSettings {
  mode: 'development' | 'production';
  /** Where staff sign in with the identity provider in production; the page sends them there. */
  loginUrl: string | undefined;
}

// The page runs only its own script and talks only to this origin; it cannot be framed.
const securityHeaders = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

export function createWerkbak(settings: WerkbakSettings): (req: IncomingMessage, res: ServerResponse) => boolean {
  const directory = join(repositoryRoot, 'gateway', 'werkbak');
  const read = (name: string, contentType: string): StaticFile => ({ body: readFileSync(join(directory, name)), contentType });
  const files = new Map<string, StaticFile>([
    [`${werkbakPath}/`, read('index.html', 'text/html; charset=utf-8')],
    [`${werkbakPath}/werkbak.js`, read('werkbak.js', 'text/javascript; charset=utf-8')],
    [`${werkbakPath}/werkbak.css`, read('werkbak.css', 'text/css; charset=utf-8')],
    [`${werkbakPath}/instellingen.json`, { body: Buffer.from(JSON.stringify({ modus: settings.mode, aanmeldUrl: settings.loginUrl ?? null })), contentType: 'application/json; charset=utf-8' }],
  ]);
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    if (path !== werkbakPath && !path.startsWith(`${werkbakPath}/`)) return false;
    if (path === werkbakPath) {
      res.writeHead(301, { location: `${werkbakPath}/` }).end();
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
