import { instanceHeader } from '../../lib/data-footprint.js';
import type { Logger } from '../../lib/log.js';
import type { SubgraphEndpoint } from './supergraph-source.js';

export interface ChangeFeedFollowerOptions {
  /** The subgraphs to follow, by name, with the query field of each one's feed. */
  feeds: Readonly<Record<string, string>>;
  /** Where each subgraph runs now (the supergraph may move it). */
  endpoints: () => readonly SubgraphEndpoint[];
  fetch: typeof fetch;
  pollMs: number;
  /** Time allowed for one page of a feed. */
  timeoutMs: number;
  /**
   * Something changed in this subgraph since the last read: these feed lines, or anything at all
   * (`all`: a backlog too long to name line by line, or a subgraph that started again).
   */
  onChange: (subgraph: string, lines: readonly FeedLine[] | 'all') => void;
  /** The feed could not be read; what is cached of this subgraph can no longer be vouched for. */
  onFailure: (subgraph: string) => void;
  logger: Logger;
  now?: () => number;
}

/** A change as its feed line names it: the kind of record, its key, and why (the seed's reason marks the seed's changes). */
export interface FeedLine {
  nr: number;
  soort: string;
  sleutel: string;
  reden: string;
}

const pageSize = 100;
/** More lines than this in one poll are passed on as `all`: dropping everything of the subgraph is cheaper than matching each. */
const maxLinesNamed = 1_000;
/** A backlog longer than this many pages is read on in the next poll, so one poll never runs forever. */
const maxPagesPerPoll = 200;

/**
 * Follows the change feeds of the subgraphs whose answers the response cache holds, from the last
 * cursor it saw, every `pollMs`: the way a gateway learns of changes it did not carry itself (an edit
 * through another gateway). It reads each subgraph directly, so one subgraph that is down stops the
 * cache only for answers that hold that subgraph's data.
 *
 * `syncedAt(name)` is the moment the last complete read of a feed began: every change committed
 * before it has been passed to `onChange`. The cache serves an answer only while that moment is
 * recent enough, so a feed that stops answering makes the cache stop serving, not serve stale.
 */
export class ChangeFeedFollower {
  private readonly cursors = new Map<string, string | null>();
  private readonly synced = new Map<string, number>();
  private readonly failing = new Set<string>();
  /** The process each subgraph answered from last (lib/data-footprint.ts `instanceHeader`). */
  private readonly instances = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: ChangeFeedFollowerOptions) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** When the last complete read of this subgraph's feed began; undefined when it never succeeded or just failed. */
  syncedAt(subgraph: string): number | undefined {
    return this.synced.get(subgraph);
  }

  /** Reads every feed once, up to its end; exposed for tests. */
  async pollOnce(): Promise<void> {
    await Promise.all(Object.entries(this.options.feeds).map(([subgraph, field]) => this.readFeed(subgraph, field)));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pollOnce().finally(() => this.schedule(this.options.pollMs));
    }, delayMs);
    this.timer.unref?.();
  }

  private async readFeed(subgraph: string, field: string): Promise<void> {
    const endpoint = this.options.endpoints().find((candidate) => candidate.name === subgraph);
    if (!endpoint) {
      this.synced.delete(subgraph);
      return;
    }
    const startedAt = this.now();
    let cursor = this.cursors.get(subgraph) ?? null;
    let lines: FeedLine[] | 'all' = [];
    const report = () => {
      if (lines === 'all' || lines.length > 0) this.options.onChange(subgraph, lines);
    };
    let complete = false;
    try {
      for (let pages = 0; pages < maxPagesPerPoll; pages += 1) {
        const page = await this.readPage(endpoint.url, field, cursor);
        // A subgraph that started again may have loaded changed source files, which no feed line
        // names (the tables outside the versioned records): nothing read from it before holds.
        if (page.instance !== null) {
          const before = this.instances.get(subgraph);
          this.instances.set(subgraph, page.instance);
          if (before !== undefined && before !== page.instance) lines = 'all';
        }
        if (lines !== 'all') {
          lines.push(...page.wijzigingen);
          if (lines.length > maxLinesNamed) lines = 'all';
        }
        cursor = page.cursor;
        if (!page.heeftMeer) {
          complete = true;
          break;
        }
      }
    } catch (error) {
      // Keep the cursor: the next poll reads on from the last page that was read in full.
      report();
      this.cursors.set(subgraph, cursor);
      this.synced.delete(subgraph);
      this.options.onFailure(subgraph);
      if (!this.failing.has(subgraph)) {
        this.failing.add(subgraph);
        this.options.logger.warn('change feed not readable; the response cache serves nothing of this subgraph until it is', { subgraph, error: String(error) });
      }
      return;
    }
    this.cursors.set(subgraph, cursor);
    report();
    if (!complete) {
      // A backlog longer than one poll reads (a first read of a long feed): nothing of this
      // subgraph is vouched for until a poll reaches the end, which is no failure of the feed.
      this.synced.delete(subgraph);
      return;
    }
    this.synced.set(subgraph, startedAt);
    if (this.failing.delete(subgraph)) this.options.logger.info('change feed readable again', { subgraph });
  }

  private async readPage(url: string, field: string, cursor: string | null): Promise<{ wijzigingen: FeedLine[]; cursor: string; heeftMeer: boolean; instance: string | null }> {
    const response = await this.options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: `query ($na: String) { ${field}(na: $na, first: ${pageSize}) { cursor heeftMeer wijzigingen { nr soort sleutel reden } } }`, variables: { na: cursor } }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const answer = (await response.json()) as { data?: Record<string, { wijzigingen: FeedLine[]; cursor: string; heeftMeer: boolean } | null>; errors?: unknown[] };
    const page = answer.data?.[field];
    if (answer.errors?.length || !page || typeof page.cursor !== 'string' || !Array.isArray(page.wijzigingen)) throw new Error(`unexpected answer: ${JSON.stringify(answer).slice(0, 200)}`);
    return { ...page, instance: response.headers.get(instanceHeader) };
  }
}
