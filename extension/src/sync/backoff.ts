/** Retry timing for pushes and pulls while the server is down or asks us to slow down. */
export const BACKOFF = {
  baseMs: 2_000,
  maxMs: 15 * 60_000,
  /**
   * The ceiling while nothing answers at all (the laptop is offline): such an attempt costs the server
   * nothing, and a browser back online after weeks must have uploaded within a minute. 30 s is also
   * the shortest alarm Chrome allows.
   */
  unreachableMaxMs: 30_000,
} as const;

/**
 * "Full jitter" exponential backoff: a uniform delay in [base, min(max, base·2^(failures-1))]. The
 * jitter spreads a fleet of browsers that lost the server at the same moment, so they do not all
 * come back in the same second.
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  maxMs: number = BACKOFF.maxMs,
): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(maxMs, BACKOFF.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(BACKOFF.baseMs + random() * (ceiling - BACKOFF.baseMs));
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, 24 * 3_600_000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.min(date - now, 24 * 3_600_000));
}

/**
 * The wait before the next attempt: the server's Retry-After when longer than our own backoff. An
 * answered failure (5xx, 429) backs off up to 15 minutes to spare a struggling server; an unreachable
 * one (no answer at all) at most a minute.
 */
export function nextDelay(
  failures: number,
  retryAfterMs: number | null,
  random?: () => number,
  unreachable = false,
): number {
  const cap = unreachable ? BACKOFF.unreachableMaxMs : BACKOFF.maxMs;
  return Math.max(backoffDelay(failures, random, cap), retryAfterMs ?? 0);
}
