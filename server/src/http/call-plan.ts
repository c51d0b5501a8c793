import { MAX_BATCH_CALLS } from '@lantern/shared';
import { isDeviceProcedurePath } from './cors';

/**
 * MAX_BATCH_CALLS (in @lantern/shared, so the dashboard's client can split larger batches itself):
 * each call costs a rate-limit token, and a batch's answers are built in memory together —
 * unbounded, one request of 150 `sync.pull`s took 52 s, 3.3 GB and ended in a 500.
 */
export { MAX_BATCH_CALLS };

export type CallPlan = { ok: true; calls: number } | { ok: false; status: 400; message: string };

/**
 * How many procedure calls a /trpc/ request makes (its rate-limit cost), or why it is refused
 * before anything runs. Device procedures (`device.enroll`, `sync.push`, `sync.pull`) are never
 * batched — not even a batch of one — because a device has one thing to say per request and a
 * batch would multiply its allowance; staff batches stop at MAX_BATCH_CALLS. The names are counted
 * as tRPC splits them (on commas), so the cost cannot be dodged by leaving `batch=1` off: without
 * it tRPC treats `a,b` as one unknown name and refuses it, which then still cost its tokens.
 */
export function planCalls(trpcPath: string, search: string): CallPlan {
  const names = procedurePath(trpcPath).split(',');
  const batched = new URLSearchParams(search).get('batch') !== null;
  if (batched || names.length > 1) {
    if (names.some((n) => isDeviceProcedurePath(n)))
      return {
        ok: false,
        status: 400,
        message: 'device procedures cannot be batched: send one call per request',
      };
    if (names.length > MAX_BATCH_CALLS)
      return {
        ok: false,
        status: 400,
        message: `a batch may hold at most ${MAX_BATCH_CALLS} calls (this one has ${names.length})`,
      };
  }
  return { ok: true, calls: names.length };
}

/** The path as tRPC reads it: slashes trimmed, percent-decoded (so `%2C` is a comma here too). */
function procedurePath(raw: string): string {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return trimmed; // tRPC refuses the bad escape itself; it costs one call.
  }
}
