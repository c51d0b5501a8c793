import { LIMITS, PROTOCOL_VERSION } from '@lantern/shared';
import { markStored, oldestBatch, setAside } from '../db/outbox';
import { getConfig, getSyncState, updateSyncState } from '../db/state';
import { trimSyncLog } from '../db/sync-log';
import type { EnrolmentRow, OutboxEntry } from '../db/types';
import { ApiError } from './device-api';
import { apiFor, fail, messageOf, usable, type Engine, type PushOutcome } from './engine-core';
import { pullNow } from './engine-pull';

// The engine's push: the outbox in batches, until it is empty or the server fails.

/** A stored batch: the outbox marks it, the backoff resets. */
async function noteStored({ db, now }: Engine, batch: readonly OutboxEntry[], stored: readonly string[]) {
  await markStored(db, batch, stored, now());
  await updateSyncState(db, {
    failures: 0,
    notBefore: 0,
    lastError: null,
    lastSuccessAt: now(),
    lastAttemptAt: now(),
  });
}

/**
 * The server refused the batch because of events it names (a tool only a newer catalog knows, say).
 * Sets exactly those aside, visible in the transparency log, so the rest can be sent: one event the
 * server cannot take must not hold every later one hostage. False when the refusal named none.
 */
async function setAsideRefused(
  { db, now }: Engine,
  batch: readonly OutboxEntry[],
  error: unknown,
): Promise<boolean> {
  const refused = error instanceof ApiError ? error.refusedIndexes.map((i) => batch[i]) : [];
  if (refused.length === 0 || !refused.every((entry) => entry !== undefined)) return false;
  await setAside(db, refused, messageOf(error), now());
  return true;
}

/** Sends batches until the outbox is empty; the server's config version, or a failure. */
async function sendOutbox(
  engine: Engine,
  enrolment: EnrolmentRow,
): Promise<{ configVersion?: number } | 'revoked' | 'failed'> {
  const api = apiFor(engine, enrolment);
  let configVersion: number | undefined;
  for (;;) {
    const batch = await oldestBatch(engine.db, LIMITS.batchEvents);
    if (batch.length === 0) break;
    try {
      const answer = await api.push(enrolment.deviceToken, {
        protocolVersion: PROTOCOL_VERSION,
        events: batch.map((e) => e.event),
      });
      await noteStored(engine, batch, answer.stored);
      configVersion = answer.configVersion;
      // Without progress the same batch would be resent forever; the next alarm tries again.
      if (!batch.some((entry) => answer.stored.includes(entry.id))) break;
    } catch (error) {
      if (await setAsideRefused(engine, batch, error)) continue;
      return fail(engine, error, enrolment);
    }
  }
  return { configVersion };
}

export async function pushNow(engine: Engine): Promise<PushOutcome> {
  const { deps, db, now } = engine;
  const enrolment = await usable(db);
  if (typeof enrolment === 'string') return enrolment;
  const state = await getSyncState(db);
  if (now() < state.notBefore) {
    deps.scheduleRetry?.(state.notBefore - now());
    return 'waiting';
  }
  const sent = await sendOutbox(engine, enrolment);
  if (typeof sent === 'string') return sent;
  await trimSyncLog(db, now());
  // The server has a newer config than this browser: fetch it now rather than at the next pull.
  if (sent.configVersion !== undefined && sent.configVersion !== ((await getConfig(db))?.configVersion ?? 0))
    await pullNow(engine);
  return 'done';
}
