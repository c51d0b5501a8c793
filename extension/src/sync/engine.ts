import { LIMITS, PROTOCOL_VERSION, type DeviceConfig } from '@lantern/shared';
import { acceptAnnouncedCatalog } from '../detect/catalog-release';
import type { LanternDb } from '../db/app-db';
import { markStored, oldestBatch, setAside } from '../db/outbox';
import { getConfig, getEnrolment, getSyncState, updateSyncState } from '../db/state';
import { trimSyncLog } from '../db/sync-log';
import type { ConfigRow, EnrolmentRow, OutboxEntry } from '../db/types';
import { nextDelay } from './backoff';
import { ApiError, createDeviceApi, type DeviceApi, type FetchFn } from './device-api';
import { oneAtATime } from '../serial';

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

export interface SyncEngine {
  /** Sends the outbox in batches until it is empty or the server fails. */
  push(): Promise<PushOutcome>;
  /** Fetches the config when the server has a newer one. */
  pull(): Promise<'updated' | 'unchanged' | 'not-enrolled' | 'failed'>;
  /** Debounced push: many discoveries within `delayMs` travel in one request. */
  requestPush(delayMs?: number): void;
  dispose(): void;
}

export const PUSH_DEBOUNCE_MS = 1_000;
export const REVOKED_MESSAGE = 'The server no longer accepts this browser; it needs to enrol again.';

/** What every step of the engine reads: the dependencies, with their defaults filled in. */
interface Engine {
  deps: SyncEngineDeps;
  db: LanternDb;
  now: () => number;
}

type PullOutcome = 'updated' | 'unchanged' | 'not-enrolled' | 'failed';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isRevocation = (error: unknown) => error instanceof ApiError && error.status === 401;

const apiFor = ({ deps, now }: Engine, enrolment: EnrolmentRow) =>
  createDeviceApi(enrolment.serverUrl, deps.fetch, now, deps.requestTimeoutMs);

async function usable(db: LanternDb): Promise<EnrolmentRow | 'not-enrolled' | 'revoked'> {
  const enrolment = await getEnrolment(db);
  if (!enrolment) return 'not-enrolled';
  return enrolment.status === 'revoked' ? 'revoked' : enrolment;
}

/** A failed request: a revoked token ends syncing; anything else backs off and schedules a retry. */
async function fail(
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

/**
 * Takes a newer catalog release the config announces. When that fails the config still applies,
 * but is stored under version 0, so the next pull brings it (and the announcement) again.
 */
async function takeCatalog(
  { db }: Engine,
  api: DeviceApi,
  token: string,
  ref: DeviceConfig['catalog'],
  configVersion: number,
): Promise<number> {
  try {
    await acceptAnnouncedCatalog(db, api, token, ref);
    return configVersion;
  } catch (error) {
    if (isRevocation(error)) throw error;
    await updateSyncState(db, { lastError: `catalog update: ${messageOf(error)}` });
    return 0;
  }
}

/** A pull that got an answer is a sync: "Last sync" must not say "not yet" after it. */
async function notePull({ db, now }: Engine): Promise<void> {
  // A push problem (failures > 0) stays visible until a push succeeds.
  const state = await getSyncState(db);
  await updateSyncState(db, {
    lastPullAt: now(),
    lastSuccessAt: now(),
    ...(state.failures === 0 ? { lastError: null } : {}),
  });
}

async function pullNow(engine: Engine): Promise<PullOutcome> {
  const { deps, db, now } = engine;
  const enrolment = await usable(db);
  if (typeof enrolment === 'string') return 'not-enrolled';
  const current = await getConfig(db);
  try {
    const api = apiFor(engine, enrolment);
    const answer = await api.pull(enrolment.deviceToken, {
      protocolVersion: PROTOCOL_VERSION,
      configVersion: current?.configVersion ?? 0,
    });
    await notePull(engine);
    if (answer.unchanged) return 'unchanged';
    const { catalog } = answer.config;
    const configVersion = await takeCatalog(
      engine,
      api,
      enrolment.deviceToken,
      catalog,
      answer.configVersion,
    );
    const row: ConfigRow = { key: 'current', configVersion, pulledAt: now(), ...answer.config };
    await db.config.put(row);
    await deps.onConfigChanged?.(row);
    return 'updated';
  } catch (error) {
    if (isRevocation(error)) return fail(engine, error, enrolment).then(() => 'failed' as const);
    await updateSyncState(db, { lastError: messageOf(error) });
    return 'failed';
  }
}

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

async function pushNow(engine: Engine): Promise<PushOutcome> {
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

/**
 * The sync engine, free of browser APIs so the same code runs in the service worker and against a
 * real server in Node tests. Every operation runs one at a time; the outbox is the only source of
 * what to send, and only ids the server reported `stored` ever leave it.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const engine: Engine = { deps, db: deps.db, now: deps.now ?? Date.now };
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const exclusive = oneAtATime();
  const push = () => exclusive(() => pushNow(engine));

  return {
    push,
    pull: () => exclusive(() => pullNow(engine)),
    requestPush(delayMs = PUSH_DEBOUNCE_MS) {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = undefined;
        void push().catch(() => undefined);
      }, delayMs);
    },
    dispose() {
      if (debounce) clearTimeout(debounce);
    },
  };
}
