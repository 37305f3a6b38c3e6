interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A token bucket per client, in memory: each client may send `burst` requests at once, and gets
 * `perMinute` back per minute. A bucket that has filled up again is the same as no bucket, so the
 * sweep drops those and the map holds only clients that were busy in the last minutes.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = perMinute / 60_000;
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** A bucket's tokens at `now`, refilled since it was last used. */
  private tokensAt(bucket: Bucket, now: number): number {
    return Math.min(this.burst, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
  }

  take(client: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = this.tokensAt(bucket, now);
    bucket.updatedAt = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }

  /** Whether `take` would allow this client now, without taking anything. */
  wouldAllow(client: string): boolean {
    const bucket = this.buckets.get(client);
    return !bucket || this.tokensAt(bucket, this.now()) >= 1;
  }

  sweep(): void {
    const now = this.now();
    for (const [client, bucket] of this.buckets) {
      if (this.tokensAt(bucket, now) >= this.burst) this.buckets.delete(client);
    }
  }

  get clients(): number {
    return this.buckets.size;
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }
}
