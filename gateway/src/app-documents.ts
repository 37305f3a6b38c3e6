import { existsSync, readFileSync } from 'node:fs';
import type { Logger } from '../../lib/log.js';
import { writeFileAtomically } from '../../lib/files.js';

/**
 * The key of an app deployment's document as the registry hands it out, from the id a client
 * sends: Hive's `appName~appVersion~hash`, the hash as SHA-256 hex, also in the client preset's
 * `sha256:` form. Null for any other id.
 */
export function appDocumentKey(id: string): string | null {
  const match = /^([^~]{1,100})~([^~]{1,100})~(?:sha256:)?([0-9a-fA-F]{64})$/.exec(id);
  return match ? `${match[1]}~${match[2]}~${match[3]!.toLowerCase()}` : null;
}

/** Checks the registry's answer (or the cache): an object of key → document text. */
function readDocuments(value: unknown): Map<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object of id → document');
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(value)) {
    if (typeof document !== 'string' || appDocumentKey(key) !== key) throw new Error(`"${key}" is not an app document (name~version~sha256 → document text)`);
    documents.set(key, document);
  }
  return documents;
}

/**
 * The documents of the registry's active app versions, which clients send by id. The gateway asks
 * again on the supergraph's cadence, with the last ETag, so a poll that changes nothing is a 304.
 * When the registry does not answer, the last set it gave keeps serving (also across a restart,
 * from the cache file): a retired version keeps running until the registry is back.
 */
export class RegistryAppDocuments {
  private documents = new Map<string, string>();
  private etag: string | null = null;

  constructor(
    private readonly registryUrl: string,
    private readonly cacheFile: string,
    private readonly logger: Logger,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  static async start(registryUrl: string, cacheFile: string, logger: Logger, fetchFn: typeof fetch = fetch): Promise<RegistryAppDocuments> {
    const source = new RegistryAppDocuments(registryUrl, cacheFile, logger, fetchFn);
    try {
      await source.refresh();
      logger.info('app documents loaded from the registry', { registry: registryUrl, documents: source.size });
    } catch (error) {
      if (existsSync(cacheFile)) {
        source.documents = readDocuments(JSON.parse(readFileSync(cacheFile, 'utf8')));
        logger.warn('registry unreachable; running the last known app documents from the cache', { registry: registryUrl, cacheFile, documents: source.size, error: String(error) });
      } else {
        logger.warn('registry unreachable and no cached app documents; app document ids are refused until it answers', { registry: registryUrl, error: String(error) });
      }
    }
    return source;
  }

  get size(): number {
    return this.documents.size;
  }

  /** The document for a client's id, or null when it names no active app version's document. */
  get(id: string): string | null {
    const key = appDocumentKey(id);
    return key === null ? null : (this.documents.get(key) ?? null);
  }

  /** Asks the registry once; true when the set changed. Throws when the registry gave no usable answer. */
  async refresh(): Promise<boolean> {
    const response = await this.fetchFn(`${this.registryUrl.replace(/\/$/, '')}/persisted-documents`, {
      headers: { accept: 'application/json', ...(this.etag ? { 'if-none-match': this.etag } : {}) },
      signal: AbortSignal.timeout(3_000),
    });
    if (response.status === 304) return false;
    if (!response.ok) throw new Error(`registry answered HTTP ${response.status}`);
    const documents = readDocuments(await response.json());
    this.documents = documents;
    this.etag = response.headers.get('etag');
    writeFileAtomically(this.cacheFile, JSON.stringify(Object.fromEntries(documents)));
    return true;
  }

  /** Polls every intervalMs; returns a stop function. */
  watch(intervalMs: number): () => void {
    let running = false;
    const poll = async () => {
      if (running) return;
      running = true;
      try {
        if (await this.refresh()) this.logger.info('app documents changed in the registry', { documents: this.size });
      } catch (error) {
        this.logger.warn('could not refresh the app documents from the registry; keeping the current ones', { error: String(error) });
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void poll(), intervalMs);
    return () => clearInterval(timer);
  }
}
