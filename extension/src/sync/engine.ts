import { LIMITS, PROTOCOL_VERSION, type DeviceConfig } from '@lantern/shared';
import { acceptAnnouncedCatalog } from '../detect/catalog-release';
import type { LanternDb } from '../db/app-db';
import { markStored, oldestBatch, setAside } from '../db/outbox';
import { getConfig, getEnrolment, getSyncState, updateSyncState } from '../db/state';
import { trimSyncLog } from '../db/sync-log';
import type { ConfigRow, EnrolmentRow } from '../db/types';
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

/**
 * The sync engine, free of browser APIs so the same code runs in the service worker and against a
 * real server in Node tests. Every operation runs one at a time; the outbox is the only source of
 * what to send, and only ids the server reported `stored` ever leave it.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const exclusive = oneAtATime();

  const usable = async (): Promise<EnrolmentRow | 'not-enrolled' | 'revoked'> => {
    const enrolment = await getEnrolment(db);
    if (!enrolment) return 'not-enrolled';
    return enrolment.status === 'revoked' ? 'revoked' : enrolment;
  };

  const fail = async (error: unknown, enrolment: EnrolmentRow): Promise<'revoked' | 'failed'> => {
    if (error instanceof ApiError && error.status === 401) {
      await db.enrolment.put({ ...enrolment, status: 'revoked' });
      await updateSyncState(db, { lastError: REVOKED_MESSAGE, lastAttemptAt: now() });
      return 'revoked';
    }
    const state = await getSyncState(db);
    const failures = state.failures + 1;
    const unreachable = error instanceof ApiError && error.status === 0;
    const delay = nextDelay(
      failures,
      error instanceof ApiError ? error.retryAfterMs : null,
      deps.random,
      unreachable,
    );
    await updateSyncState(db, {
      failures,
      notBefore: now() + delay,
      lastAttemptAt: now(),
      lastError: error instanceof Error ? error.message : String(error),
    });
    deps.scheduleRetry?.(delay);
    return 'failed';
  };

  /**
   * Takes a newer catalog release the config announces. When that fails the config still applies,
   * but is stored under version 0, so the next pull brings it (and the announcement) again.
   */
  const takeCatalog = async (
    api: DeviceApi,
    token: string,
    ref: DeviceConfig['catalog'],
    configVersion: number,
  ): Promise<number> => {
    try {
      await acceptAnnouncedCatalog(db, api, token, ref);
      return configVersion;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await updateSyncState(db, { lastError: `catalog update: ${message}` });
      return 0;
    }
  };

  const pullNow = async (): Promise<'updated' | 'unchanged' | 'not-enrolled' | 'failed'> => {
    const enrolment = await usable();
    if (typeof enrolment === 'string') return 'not-enrolled';
    const current = await getConfig(db);
    try {
      const api = createDeviceApi(enrolment.serverUrl, deps.fetch, now, deps.requestTimeoutMs);
      const answer = await api.pull(enrolment.deviceToken, {
        protocolVersion: PROTOCOL_VERSION,
        configVersion: current?.configVersion ?? 0,
      });
      // A pull that got an answer is a sync: "Last sync" must not say "not yet" after it. A push
      // problem (failures > 0) stays visible until a push succeeds.
      const state = await getSyncState(db);
      await updateSyncState(db, {
        lastPullAt: now(),
        lastSuccessAt: now(),
        ...(state.failures === 0 ? { lastError: null } : {}),
      });
      if (answer.unchanged) return 'unchanged';
      const configVersion = await takeCatalog(
        api,
        enrolment.deviceToken,
        answer.config.catalog,
        answer.configVersion,
      );
      const row: ConfigRow = {
        key: 'current',
        configVersion,
        pulledAt: now(),
        ...answer.config,
      };
      await db.config.put(row);
      await deps.onConfigChanged?.(row);
      return 'updated';
    } catch (error) {
      if (error instanceof ApiError && error.status === 401)
        return fail(error, enrolment).then(() => 'failed' as const);
      await updateSyncState(db, { lastError: error instanceof Error ? error.message : String(error) });
      return 'failed';
    }
  };

  const pushNow = async (): Promise<PushOutcome> => {
    const enrolment = await usable();
    if (typeof enrolment === 'string') return enrolment;
    const state = await getSyncState(db);
    if (now() < state.notBefore) {
      deps.scheduleRetry?.(state.notBefore - now());
      return 'waiting';
    }
    const api = createDeviceApi(enrolment.serverUrl, deps.fetch, now, deps.requestTimeoutMs);
    let serverConfigVersion: number | undefined;
    for (;;) {
      const batch = await oldestBatch(db, LIMITS.batchEvents);
      if (batch.length === 0) break;
      try {
        const answer = await api.push(enrolment.deviceToken, {
          protocolVersion: PROTOCOL_VERSION,
          events: batch.map((e) => e.event),
        });
        await markStored(db, batch, answer.stored, now());
        await updateSyncState(db, {
          failures: 0,
          notBefore: 0,
          lastError: null,
          lastSuccessAt: now(),
          lastAttemptAt: now(),
        });
        serverConfigVersion = answer.configVersion;
        // Without progress the same batch would be resent forever; the next alarm tries again.
        if (!batch.some((entry) => answer.stored.includes(entry.id))) break;
      } catch (error) {
        // The server refused the batch because of events it names (a tool only a newer catalog
        // knows, say). Set exactly those aside, visible in the transparency log, and send the rest:
        // one event the server cannot take must not hold every later one hostage.
        const refused = error instanceof ApiError ? error.refusedIndexes.map((i) => batch[i]) : [];
        if (refused.length > 0 && refused.every((entry) => entry !== undefined)) {
          await setAside(db, refused, (error as Error).message, now());
          continue;
        }
        return fail(error, enrolment);
      }
    }
    await trimSyncLog(db, now());
    if (
      serverConfigVersion !== undefined &&
      serverConfigVersion !== ((await getConfig(db))?.configVersion ?? 0)
    )
      await pullNow();
    return 'done';
  };

  return {
    push: () => exclusive(pushNow),
    pull: () => exclusive(pullNow),
    requestPush(delayMs = PUSH_DEBOUNCE_MS) {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = undefined;
        void exclusive(pushNow).catch(() => undefined);
      }, delayMs);
    },
    dispose() {
      if (debounce) clearTimeout(debounce);
    },
  };
}
