import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffDelay, nextDelay, parseRetryAfter } from './backoff';

describe('backoff', () => {
  it('waits nothing before the first failure and at least the base after one', () => {
    expect(backoffDelay(0)).toBe(0);
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF.baseMs);
    expect(backoffDelay(1, () => 0.999)).toBeLessThanOrEqual(BACKOFF.baseMs);
  });

  it('doubles the ceiling with each failure until the cap', () => {
    const ceilings = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 1));
    expect(ceilings).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF.maxMs);
  });

  it('spreads retries over the whole window (jitter)', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(6));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(BACKOFF.baseMs);
    expect(Math.max(...delays)).toBeLessThanOrEqual(64_000);
    expect(new Set(delays).size).toBeGreaterThan(150);
  });

  it('reads Retry-After as seconds or as a date, and ignores nonsense', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('99999999', now)).toBe(24 * 3_600_000);
  });

  it('lets the server ask for a longer wait than our own backoff, never a shorter one', () => {
    expect(nextDelay(1, 60_000, () => 0)).toBe(60_000);
    expect(nextDelay(5, 1_000, () => 1)).toBe(32_000);
  });

  it('waits at most 30 s while nothing answers, so a laptop back online uploads within a minute', () => {
    expect(nextDelay(40, null, () => 1, true)).toBe(BACKOFF.unreachableMaxMs);
    expect(nextDelay(40, null, () => 1, false)).toBe(BACKOFF.maxMs);
    expect(nextDelay(40, 300_000, () => 1, true)).toBe(300_000);
  });
});
