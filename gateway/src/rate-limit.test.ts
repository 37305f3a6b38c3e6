import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('lets a client use its burst, then one request per refill interval, each client apart', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    limiter.dispose();
  });

  it('forgets clients whose bucket has filled up again, so memory follows only recent clients', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 2, () => now);
    for (let client = 0; client < 1_000; client++) limiter.take(`ip:${client}`);
    expect(limiter.clients).toBe(1_000);
    now += 1_000;
    limiter.sweep();
    expect(limiter.clients).toBe(0);
    limiter.dispose();
  });
});
