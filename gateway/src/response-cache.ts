import { createHash } from 'node:crypto';

/**
 * The subgraphs whose data the response cache may hold: each numbers its changes in a public feed
 * (lib/directory-changes.ts writes the feed line in the change's own transaction), so a gateway
 * learns about changes made through another gateway. Anything else (woonopties, which holds
 * person-related data, and a region's own subgraph, which has no feed) is never cached.
 */
export const changeFeeds: Readonly<Record<string, string>> = {
  regions: 'regiowijzigingen',
  partners: 'partnerwijzigingen',
  voorzieningen: 'voorzieningwijzigingen',
};

export interface CachedAnswer {
  /** The answer as JSON, exactly as it is sent. */
  body: string;
  /** A strong validator of the body, quoted as an ETag header wants it. */
  etag: string;
  /** The subgraphs asked while the answer was computed: a change in any of them drops it. */
  subgraphs: readonly string[];
  /** The schema coordinates its execution used, counted again for each request it answers (usage reporting). */
  usage: readonly string[] | undefined;
  expiresAt: number;
  bytes: number;
}

export interface CacheStats {
  evictions: number;
  invalidated: number;
}

/**
 * Answers by key, least recently used first out, bounded by the bytes their keys and bodies take
 * (counted as two bytes per character, V8's widest string form, so the bound is an upper bound on
 * what the strings occupy). Each answer is tagged by the subgraphs it came from.
 *
 * `epoch` moves on every invalidation. A reader takes it before it asks any subgraph and stores its
 * answer only if it has not moved since: an answer computed partly before a change and finished after
 * the change's invalidation would otherwise be stored stale after the invalidation ran.
 */
export class ResponseStore {
  private readonly entries = new Map<string, CachedAnswer>();
  private totalBytes = 0;
  epoch = 0;
  readonly stats: CacheStats = { evictions: 0, invalidated: 0 };

  constructor(
    readonly maxBytes: number,
    readonly ttlMs: number,
  ) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used last, so the first in the map is the next to go.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores an answer computed since `epochAtStart`; refused (false) when anything was invalidated meanwhile. */
  set(key: string, body: string, subgraphs: readonly string[], epochAtStart: number, now: number, usage?: readonly string[]): CachedAnswer | undefined {
    if (epochAtStart !== this.epoch) return undefined;
    // The coordinates' strings belong to the usage reporter's own cache; the answer holds the array.
    const bytes = 2 * (key.length + body.length) + 64 * (subgraphs.length + 2) + 8 * (usage?.length ?? 0);
    if (bytes > this.maxBytes) return undefined;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    const entry: CachedAnswer = { body, etag: etagOf(body), subgraphs, usage, expiresAt: now + this.ttlMs, bytes };
    this.entries.set(key, entry);
    this.totalBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
      this.stats.evictions += 1;
    }
    return entry;
  }

  /** Drops every answer that holds data of one of these subgraphs. */
  invalidateSubgraphs(subgraphs: Iterable<string>): void {
    const names = new Set(subgraphs);
    this.epoch += 1;
    if (names.size === 0) return;
    for (const [key, entry] of this.entries) {
      if (entry.subgraphs.some((name) => names.has(name))) {
        this.remove(key, entry);
        this.stats.invalidated += 1;
      }
    }
  }

  clear(): void {
    this.epoch += 1;
    this.stats.invalidated += this.entries.size;
    this.entries.clear();
    this.totalBytes = 0;
  }

  private remove(key: string, entry: CachedAnswer): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

export function cacheKey(parts: { generation: number; day: string; operationName: string | null | undefined; query: string; variables: unknown }): string {
  return createHash('sha256')
    .update(`${parts.generation}\u0000${parts.day}\u0000${parts.operationName ?? ''}\u0000${parts.query}\u0000${JSON.stringify(parts.variables ?? null)}`)
    .digest('base64url');
}
