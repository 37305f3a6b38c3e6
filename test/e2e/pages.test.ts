import { describe, expect, inject, it } from 'vitest';

const { gatewayUrl } = inject('hub');
const base = new URL(gatewayUrl).origin;

/** Every file a page loads: the scripts and styles its HTML names, and the modules those scripts import. */
async function filesOf(page: string): Promise<string[]> {
  const html = await (await fetch(`${base}${page}`)).text();
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => new URL(match[1]!, `${base}${page}`).href).filter((url) => !url.startsWith('data:'));
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    if (!url.endsWith('.js')) continue;
    const source = await (await fetch(url)).text();
    for (const match of source.matchAll(/^import [^'"]*['"]([^'"]+)['"]/gm)) queue.push(new URL(match[1]!, url).href);
  }
  return [...seen];
}

describe('the hub\'s pages', () => {
  for (const page of ['/werkbak/', '/beheer/']) {
    it(`${page} loads only files of this hub, each served with a strict Content-Security-Policy`, async () => {
      const files = await filesOf(page);
      expect(files.some((file) => file.endsWith('/gedeeld/hub.js'))).toBe(true);
      expect(files.some((file) => file.endsWith('/gedeeld/pagina.js'))).toBe(true);
      for (const file of [`${base}${page}`, ...files]) {
        expect(new URL(file).origin, file).toBe(base);
        const response = await fetch(file);
        expect(response.status, file).toBe(200);
        const policy = response.headers.get('content-security-policy') ?? '';
        expect(policy, file).toContain("script-src 'self'");
        expect(policy, file).toContain("default-src 'none'");
        expect(policy, file).not.toContain('unsafe');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
    });
  }

  it('redirects a page without its slash, and answers unknown files and other methods plainly', async () => {
    const redirect = await fetch(`${base}/beheer`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/beheer/');
    expect((await fetch(`${base}/gedeeld/bestaat-niet.js`)).status).toBe(404);
    expect((await fetch(`${base}/beheer/`, { method: 'POST' })).status).toBe(405);
    const instellingen = await (await fetch(`${base}/gedeeld/instellingen.json`)).json();
    expect(instellingen).toEqual({ modus: 'development', aanmeldUrl: null });
  });
});
