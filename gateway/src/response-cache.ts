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

/**
 * What an answer read, subgraph by subgraph, in the subgraphs' footprints (lib/data-footprint.ts):
 * `partners:partner#p1` one record, `partners:partner` a whole relation, `partners:*` all of a
 * subgraph (one that did not say what it read).
 */
export class ReadSet {
  readonly tags = new Set<string>();
  /** Every relation read at all, by key or whole: what a write of a whole relation meets. */
  readonly relations = new Set<string>();

  add(subgraph: string, tokens: readonly string[]): void {
    for (const token of tokens) {
      const hash = token.indexOf('#');
      this.tags.add(`${subgraph}:${token}`);
      if (token !== '*') this.relations.add(`${subgraph}:${hash < 0 ? token : token.slice(0, hash)}`);
    }
  }

  /** A rough count of the bytes its strings take, for the cache's bound. */
  get bytes(): number {
    let bytes = 0;
    for (const tag of this.tags) bytes += 2 * tag.length + 32;
    return bytes + 32 * this.relations.size;
  }
}

/** A change: in one subgraph, of the records its footprint tokens name, or of anything (`all`). */
export interface Change {
  subgraph: string;
  written: readonly string[] | 'all';
}

/** Whether an answer that read `reads` from `subgraphs` may hold what `change` changed. */
export function isTouchedBy(subgraphs: readonly string[], reads: ReadSet, change: Change): boolean {
  const { subgraph, written } = change;
  if (!subgraphs.includes(subgraph)) return false;
  if (written === 'all' || written.includes('*') || reads.tags.has(`${subgraph}:*`)) return true;
  for (const token of written) {
    const hash = token.indexOf('#');
    if (hash < 0) {
      if (reads.relations.has(`${subgraph}:${token}`)) return true;
    } else if (reads.tags.has(`${subgraph}:${token}`) || reads.tags.has(`${subgraph}:${token.slice(0, hash)}`)) return true;
  }
  return false;
}

export interface CachedAnswer {
  /** The answer as JSON, exactly as it is sent. */
  body: string;
  /** A strong validator of the body, quoted as an ETag header wants it. */
  etag: string;
  /** The subgraphs asked while the answer was computed: each one's feed must be current to serve it. */
  subgraphs: readonly string[];
  /** What it read in them: a change to any of that drops it. */
  reads: ReadSet;
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
 * what the strings occupy). Each answer keeps what it read, so a change drops only the answers that read it.
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
  set(key: string, body: string, subgraphs: readonly string[], reads: ReadSet, epochAtStart: number, now: number, usage?: readonly string[]): CachedAnswer | undefined {
    if (epochAtStart !== this.epoch) return undefined;
    // The coordinates' strings belong to the usage reporter's own cache; the answer holds the array.
    const bytes = 2 * (key.length + body.length) + 64 * (subgraphs.length + 2) + 8 * (usage?.length ?? 0) + reads.bytes;
    if (bytes > this.maxBytes) return undefined;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    const entry: CachedAnswer = { body, etag: etagOf(body), subgraphs, reads, usage, expiresAt: now + this.ttlMs, bytes };
    this.entries.set(key, entry);
    this.totalBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
      this.stats.evictions += 1;
    }
    return entry;
  }

  /** Drops every answer that read something these changes changed. */
  invalidate(changes: readonly Change[]): void {
    this.epoch += 1;
    if (changes.length === 0) return;
    for (const [key, entry] of this.entries) {
      if (changes.some((change) => isTouchedBy(entry.subgraphs, entry.reads, change))) {
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
