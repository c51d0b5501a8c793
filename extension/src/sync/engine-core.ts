import type { LanternDb } from '../db/app-db';
import { getEnrolment, getSyncState, updateSyncState } from '../db/state';
import type { ConfigRow, EnrolmentRow } from '../db/types';
import { nextDelay } from './backoff';
import { ApiError, createDeviceApi, type FetchFn } from './device-api';

// What the sync engine's pull (engine-pull.ts) and push (engine-push.ts) share: its dependencies,
// the enrolment they act for, and how a failed request is taken (revocation, backoff).

export interface SyncEngineDeps {
  db: LanternDb;
  fetch?: FetchFn;
  now?: () => number;
  random?: () => number;
  /** Have `push()` called again after this delay (an alarm in the extension; a timer in Node). */
  scheduleRetry?: (delayMs: number) => void;
  /** A pull brought a new config (decisions, policy, organisation tools). */
  onConfigChanged?: (config: ConfigRow) => void | Promise<void>;
  /** How long one request may take before it counts as unreachable (tests shorten it). */
  requestTimeoutMs?: number;
}

export type PushOutcome = 'done' | 'not-enrolled' | 'revoked' | 'waiting' | 'failed';

export const REVOKED_MESSAGE = 'The server no longer accepts this browser; it needs to enrol again.';

/** What every step of the engine reads: the dependencies, with their defaults filled in. */
export interface Engine {
  deps: SyncEngineDeps;
  db: LanternDb;
  now: () => number;
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const isRevocation = (error: unknown) => error instanceof ApiError && error.status === 401;

export const apiFor = ({ deps, now }: Engine, enrolment: EnrolmentRow) =>
  createDeviceApi(enrolment.serverUrl, deps.fetch, now, deps.requestTimeoutMs);

export async function usable(db: LanternDb): Promise<EnrolmentRow | 'not-enrolled' | 'revoked'> {
  const enrolment = await getEnrolment(db);
  if (!enrolment) return 'not-enrolled';
  return enrolment.status === 'revoked' ? 'revoked' : enrolment;
}

/** A failed request: a revoked token ends syncing; anything else backs off and schedules a retry. */
export async function fail(
  { deps, db, now }: Engine,
  error: unknown,
  enrolment: EnrolmentRow,
): Promise<'revoked' | 'failed'> {
  if (isRevocation(error)) {
    await db.enrolment.put({ ...enrolment, status: 'revoked' });
    await updateSyncState(db, { lastError: REVOKED_MESSAGE, lastAttemptAt: now() });
    return 'revoked';
  }
  const state = await getSyncState(db);
  const failures = state.failures + 1;
  const unreachable = error instanceof ApiError && error.status === 0;
  const retryAfter = error instanceof ApiError ? error.retryAfterMs : null;
  const delay = nextDelay(failures, retryAfter, deps.random, unreachable);
  await updateSyncState(db, {
    failures,
    notBefore: now() + delay,
    lastAttemptAt: now(),
    lastError: messageOf(error),
  });
  deps.scheduleRetry?.(delay);
  return 'failed';
}
