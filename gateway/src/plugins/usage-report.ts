import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../lib/log.js';

/** One row of a batch, as the registry's `POST /usage` takes it. */
export interface UsageRow {
  uur: string;
  client: string;
  versie: string;
  coordinaat: string;
  aantal: number;
}

const hourMs = 3_600_000;

/** The start of the hour a moment falls in, as the registry stores hours: 2026-05-01T13:00:00Z. */
export function hourOf(ms: number): string {
  return new Date(Math.floor(ms / hourMs) * hourMs).toISOString().replace('.000Z', 'Z');
}

/**
 * Counts per hour, client, client version and coordinate, in memory. Recording only adds to maps,
 * so it costs a request next to nothing. At most `maxKeys` distinct keys are held: past that a new
 * key's count is dropped (and counted as dropped) rather than letting memory grow while the registry
 * is away or clients invent names.
 */
export class UsageCounts {
  /** hour \n client \n version → coordinate → count: the prefix is built once per request, not per coordinate. */
  private counts = new Map<string, Map<string, number>>();
  private size = 0;
  dropped = 0;
  private currentHour = '';
  private nextHourAt = 0;

  constructor(
    private readonly maxKeys: number,
    private readonly now: () => number = Date.now,
  ) {}

  get keys(): number {
    return this.size;
  }

  record(client: string, version: string, coordinates: Iterable<string>): void {
    const now = this.now();
    if (now >= this.nextHourAt || now < this.nextHourAt - hourMs) {
      this.currentHour = hourOf(now);
      this.nextHourAt = (Math.floor(now / hourMs) + 1) * hourMs;
    }
    const prefix = `${this.currentHour}\n${client}\n${version}`;
    let byCoordinate = this.counts.get(prefix);
    if (!byCoordinate) this.counts.set(prefix, (byCoordinate = new Map()));
    for (const coordinate of coordinates) {
      const count = byCoordinate.get(coordinate);
      if (count !== undefined) byCoordinate.set(coordinate, count + 1);
      else if (this.size < this.maxKeys) {
        byCoordinate.set(coordinate, 1);
        this.size += 1;
      } else this.dropped += 1;
    }
  }

  /** Takes up to `limit` rows out of the counts; what it takes is no longer counted here. */
  take(limit: number): UsageRow[] {
    const rows: UsageRow[] = [];
    for (const [prefix, byCoordinate] of this.counts) {
      const [uur, client, versie] = prefix.split('\n') as [string, string, string];
      for (const [coordinaat, aantal] of byCoordinate) {
        if (rows.length >= limit) return rows;
        rows.push({ uur, client, versie, coordinaat, aantal });
        byCoordinate.delete(coordinaat);
        this.size -= 1;
      }
      this.counts.delete(prefix);
    }
    return rows;
  }
}

export interface UsageReporterOptions {
  /** The registry's base URL. */
  registryUrl: string;
  /** The registry token with usage rights, asked for once, at the first send. */
  token: () => Promise<string>;
  counts: UsageCounts;
  flushMs: number;
  /** Rows per batch; a larger backlog goes in several batches, one after another. */
  batchRows?: number;
  fetch?: typeof fetch;
  logger: Logger;
}

/**
 * Sends the counts to the registry in batches, off the request path. A batch keeps its id until the
 * registry has taken it: after a failure the same batch (same id, same rows) is sent again, and the
 * registry adds a batch id only once, so an answer lost after the registry counted it does not
 * count it twice. While a batch is waiting, new counts keep adding up in `UsageCounts` instead of
 * becoming more batches, so an unreachable registry costs at most two maps of `maxKeys` keys.
 */
export class UsageReporter {
  private pending: { id: string; rows: UsageRow[] } | null = null;
  private sending: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failingSince: number | null = null;
  private tokenPromise: Promise<string> | null = null;
  /** Counts the registry has taken, for the log and tests. */
  sentCounts = 0;
  /** Counts the registry refused as malformed and that were therefore dropped. */
  rejectedCounts = 0;

  constructor(private readonly options: UsageReporterOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    // A waiting flush must not keep a stopping process alive; shutdown flushes explicitly.
    this.timer.unref();
  }

  /** Counts waiting: in the batch not yet taken and in memory. */
  get unsentKeys(): number {
    return (this.pending?.rows.length ?? 0) + this.options.counts.keys;
  }

  /** Sends what there is; resolves when done or failed. One send runs at a time. */
  flush(): Promise<void> {
    this.sending ??= this.sendAll().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  /** Stops the timer and sends what is left, once more for a batch that failed. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    if (this.unsentKeys > 0) await this.flush();
    if (this.unsentKeys > 0) this.options.logger.warn('usage counts not sent to the registry at shutdown; they are lost', { keys: this.unsentKeys });
  }

  private async sendAll(): Promise<void> {
    const batchRows = this.options.batchRows ?? 5_000;
    for (;;) {
      if (!this.pending) {
        const rows = this.options.counts.take(batchRows);
        if (rows.length === 0) return;
        this.pending = { id: randomUUID(), rows };
      }
      const batch = this.pending;
      if (!(await this.send(batch))) return;
      this.pending = null;
    }
  }

  private async send(batch: { id: string; rows: UsageRow[] }): Promise<boolean> {
    const { registryUrl, logger } = this.options;
    try {
      this.tokenPromise ??= this.options.token();
      const response = await (this.options.fetch ?? fetch)(`${registryUrl.replace(/\/$/, '')}/usage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.tokenPromise}` },
        body: JSON.stringify(batch),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = await response.text();
      if (response.status === 400) {
        // The registry will never take this batch; keeping it would block every later one.
        logger.error('the registry refused a usage batch as malformed; its counts are dropped', { answer: answer.slice(0, 500), rows: batch.rows.length });
        this.rejectedCounts += batch.rows.reduce((sum, row) => sum + row.aantal, 0);
        return true;
      }
      if (!response.ok) throw new Error(`registry answered HTTP ${response.status}`);
      this.sentCounts += batch.rows.reduce((sum, row) => sum + row.aantal, 0);
      if (this.failingSince !== null) logger.info('usage reporting to the registry works again', { failingForMs: Date.now() - this.failingSince });
      this.failingSince = null;
      return true;
    } catch (error) {
      this.tokenPromise = null;
      // One warning per outage, not one per retry.
      if (this.failingSince === null) logger.warn('could not send usage counts to the registry; keeping them and trying again', { error: String(error), keys: this.unsentKeys });
      this.failingSince ??= Date.now();
      return false;
    }
  }
}
