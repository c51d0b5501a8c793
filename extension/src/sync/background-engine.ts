import type { SyncEvent } from '@lantern/shared';
import { getDb, type LanternDb } from '../db/app-db';
import type { ConfigRow } from '../db/types';
import { createSyncEngine, type SyncEngine } from './engine';
import { recordEvent } from './record-event';

/** Alarm names: alarms survive the service worker being stopped; timers do not. */
export const ALARMS = {
  /** Every minute: flush counts, re-check the focused tab, push what is queued, retry enrolment. */
  tick: 'lantern-tick',
  /** Every pullIntervalSeconds: fetch decisions and policy. */
  pull: 'lantern-pull',
  /** One-shot: the end of a backoff. */
  retry: 'lantern-retry',
} as const;

const configListeners = new Set<(config: ConfigRow) => void | Promise<void>>();

/** Runs `listener` with every newly pulled config (and the stored one at start). Background only. */
export function onConfigChanged(listener: (config: ConfigRow) => void | Promise<void>): void {
  configListeners.add(listener);
}

export async function notifyConfig(config: ConfigRow): Promise<void> {
  for (const listener of configListeners) {
    try {
      await listener(config);
    } catch (error) {
      console.error('lantern: a config listener failed', error);
    }
  }
}

let engine: SyncEngine | undefined;

/** The background's one sync engine, talking to the server with the worker's fetch. */
export function getEngine(): SyncEngine {
  engine ??= createSyncEngine({
    db: getDb(),
    onConfigChanged: notifyConfig,
    scheduleRetry: (delayMs) => {
      // The alarm outlives the worker (Chrome rounds it up to 30 s); the timer covers short waits.
      void browser.alarms.create(ALARMS.retry, { when: Date.now() + delayMs });
      if (delayMs < 30_000) setTimeout(() => void getEngine().push(), delayMs);
    },
  });
  return engine;
}

/**
 * Runs `write`, which puts something the server must hear about into the outbox, then asks for a
 * push soon: the one way the background records and sends. (Detection counts are the exception:
 * only a first sighting asks for a push at once, see detect/watch.ts.)
 */
export async function recordThenPush<T>(write: (db: LanternDb) => Promise<T>): Promise<T> {
  const result = await write(getDb());
  getEngine().requestPush();
  return result;
}

/** Stores one event (checked against the shared schema) and pushes soon. Returns the event id. */
export function recordAndPush(event: SyncEvent): Promise<string> {
  return recordThenPush((db) => recordEvent(db, event));
}
