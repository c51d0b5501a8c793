/**
 * Token buckets per caller (a device token, API token or session that resolved, else the client
 * address: request-principal.ts). In-process on purpose: with several server processes each
 * enforces its own share, which bounds a flood without shared state that could slow down or break
 * ingest consistency.
 *
 * A restart starts every bucket full. That is accepted rather than persisted: it gives each
 * credential at most one extra burst per restart, and a client cannot cause restarts; persisting
 * would add a write to every request (or lose the last seconds on a kill -9 all the same). What a
 * restart must not do — let guesses or new credentials multiply — it cannot: made-up credentials
 * are limited per address, and new device tokens come only from enrolment, limited per address
 * and per enrolment token (whose max_uses bounds it for good).
 */
export interface RateLimitOptions {
  /** Requests a caller may burst. */
  capacity: number;
  /** Requests per second refilled. */
  refillPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 120, refillPerSecond: 2 };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * 0 when allowed (and `cost` tokens are spent: one per procedure call, so a batch of N costs N);
   * otherwise the seconds to wait until `cost` tokens are there.
   */
  take(key: string, cost = 1): number {
    const now = this.now();
    const { capacity, refillPerSecond } = this.options;
    const b = this.buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * refillPerSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.prune(now);
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil((cost - b.tokens) / refillPerSecond));
  }

  /** Drops buckets that have refilled completely: they hold no information. */
  private prune(now: number): void {
    const { capacity, refillPerSecond } = this.options;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * refillPerSecond >= capacity) this.buckets.delete(key);
    }
  }
}
