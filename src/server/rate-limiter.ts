import { LOCAL_ANALYST, type Principal } from '../access/principal.js';

/**
 * Rate limits as token buckets, one per caller (an API key's id, or the client's address when no
 * keys are configured): each holds up to `burst` requests and refills `perSecond` of them a second.
 * Buckets live in this process's memory, so each server process limits on its own; several
 * processes behind a load balancer would share a store (Redis, or the balancer's own limits).
 */
export interface RateLimit {
  /** Requests a second a caller may sustain; 0 turns rate limiting off. */
  perSecond: number;
  /** Requests a caller may send at once after being idle. */
  burst: number;
}

/** Whose bucket a request draws on: its key's; without keys everyone is the local analyst, so the client address's. */
export function rateBucketOf(principal: Principal, address: string | undefined): string {
  return principal === LOCAL_ANALYST ? `address:${address ?? '?'}` : `key:${principal.id}`;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Buckets kept at most; beyond, full ones (idle callers) are forgotten, which changes nothing for them. */
const MAX_BUCKETS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(caller: string): RateDecision {
    if (this.limit.perSecond <= 0) return { allowed: true };
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    if (!this.buckets.has(caller)) {
      if (this.buckets.size >= MAX_BUCKETS) this.forgetIdle(now);
      this.buckets.set(caller, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / this.limit.perSecond) * 1000) };
  }

  private forgetIdle(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(caller);
    }
  }
}
