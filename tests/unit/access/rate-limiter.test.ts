import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/server/rate-limiter.js';

describe('rate limits (token buckets per caller)', () => {
  it('lets a burst through, then one request per refill, per caller, and says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => now);
    const burst = Array.from({ length: 4 }, () => limiter.take('ana').allowed);
    expect(burst).toEqual([true, true, true, false]);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 500 }); // a token every 500 ms
    expect(limiter.take('pipeline').allowed).toBe(true); // another caller has its own bucket
    now = 500;
    expect(limiter.take('ana').allowed).toBe(true);
    expect(limiter.take('ana').allowed).toBe(false);
    now = 60_000; // idle: the bucket is full again, never fuller than the burst
    expect(Array.from({ length: 4 }, () => limiter.take('ana').allowed)).toEqual([true, true, true, false]);
  });

  it('is off with 0 requests a second', () => {
    const limiter = new RateLimiter({ perSecond: 0, burst: 0 });
    expect(Array.from({ length: 100 }, () => limiter.take('x').allowed).every(Boolean)).toBe(true);
  });
});
