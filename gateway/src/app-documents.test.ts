import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../lib/log.js';
import { appDocumentKey, RegistryAppDocuments } from './app-documents.js';

const hash = 'ab'.repeat(32);
const document = 'query Regios { regios { code } }';
const folder = mkdtempSync(join(tmpdir(), 'vangnet-app-documents-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const logger: Logger = { info() {}, warn() {}, error() {} };

/** A registry stand-in: answers with `state.documents` under `state.etag`, 304 when the client has it, or fails when `down`. */
function registryStandIn(state: { documents: Record<string, string>; etag: string; down?: boolean }) {
  const requests: Array<string | null> = [];
  const fetchFn = (async (_url: string, init?: RequestInit) => {
    const ifNoneMatch = (init?.headers as Record<string, string> | undefined)?.['if-none-match'] ?? null;
    requests.push(ifNoneMatch);
    if (state.down) throw new TypeError('fetch failed');
    if (ifNoneMatch === state.etag) return new Response(null, { status: 304 });
    return new Response(JSON.stringify(state.documents), { status: 200, headers: { etag: state.etag, 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchFn, requests };
}

describe('app documents on the gateway', () => {
  it('reads Hive\'s app~version~hash ids, with the hash in hex or in the client preset\'s sha256: form', () => {
    expect(appDocumentKey(`regiokaart~1.0.0~${hash}`)).toBe(`regiokaart~1.0.0~${hash}`);
    expect(appDocumentKey(`regiokaart~1.0.0~sha256:${hash.toUpperCase()}`)).toBe(`regiokaart~1.0.0~${hash}`);
    expect(appDocumentKey(hash)).toBeNull();
    expect(appDocumentKey(`regiokaart~1.0.0~${hash.slice(2)}`)).toBeNull();
    expect(appDocumentKey(`a~b~c~${hash}`)).toBeNull();
  });

  it('asks again with the last ETag, keeps the last set while the registry is away, and drops a retired version once it answers', async () => {
    const cacheFile = join(folder, 'cache.json');
    const state = { documents: { [`regiokaart~1.0.0~${hash}`]: document } as Record<string, string>, etag: '"v1"', down: false };
    const { fetchFn, requests } = registryStandIn(state);
    const source = await RegistryAppDocuments.start('http://registry.test', cacheFile, logger, fetchFn);
    expect(source.get(`regiokaart~1.0.0~sha256:${hash}`)).toBe(document);
    expect(source.get(`regiokaart~2.0.0~${hash}`)).toBeNull();
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual(state.documents);

    expect(await source.refresh()).toBe(false);
    expect(requests).toEqual([null, '"v1"']);

    state.down = true;
    await expect(source.refresh()).rejects.toThrow('fetch failed');
    expect(source.get(`regiokaart~1.0.0~${hash}`)).toBe(document);

    state.down = false;
    state.documents = {};
    state.etag = '"v2"';
    expect(await source.refresh()).toBe(true);
    expect(source.get(`regiokaart~1.0.0~${hash}`)).toBeNull();
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual({});
  });

  it('starts on the cached set when the registry is unreachable, and on none without a cache', async () => {
    const cacheFile = join(folder, 'start-cache.json');
    const up = registryStandIn({ documents: { [`regiokaart~1.0.0~${hash}`]: document }, etag: '"v1"' });
    await RegistryAppDocuments.start('http://registry.test', cacheFile, logger, up.fetchFn);
    const down = registryStandIn({ documents: {}, etag: '"x"', down: true });
    expect((await RegistryAppDocuments.start('http://registry.test', cacheFile, logger, down.fetchFn)).get(`regiokaart~1.0.0~${hash}`)).toBe(document);
    expect((await RegistryAppDocuments.start('http://registry.test', join(folder, 'none.json'), logger, down.fetchFn)).size).toBe(0);
  });

  it('refuses an answer that is not a map of app document ids to documents, and keeps what it had', async () => {
    const state = { documents: { [`regiokaart~1.0.0~${hash}`]: document } as Record<string, string>, etag: '"v1"' };
    const { fetchFn } = registryStandIn(state);
    const source = await RegistryAppDocuments.start('http://registry.test', join(folder, 'bad.json'), logger, fetchFn);
    state.documents = { [hash]: document };
    state.etag = '"v2"';
    await expect(source.refresh()).rejects.toThrow(/is not an app document/);
    expect(source.get(`regiokaart~1.0.0~${hash}`)).toBe(document);
  });
});
