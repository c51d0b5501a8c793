import type { LanternDb } from './app-db';
import { BOUNDS } from './bounds';
import { daysBefore } from './day';
import type { SyncLogEntry } from './types';

/** Newest first, for the "My AI use" page. */
export async function recentSyncLog(db: LanternDb, limit = 200): Promise<SyncLogEntry[]> {
  return db.syncLog.orderBy('seq').reverse().limit(limit).toArray();
}

/** Keeps the log within BOUNDS.syncLogMax rows and BOUNDS.syncLogDays days. */
export async function trimSyncLog(db: LanternDb, now: number): Promise<void> {
  await db.syncLog.where('at').below(daysBefore(now, BOUNDS.syncLogDays)).delete();
  const excess = (await db.syncLog.count()) - BOUNDS.syncLogMax;
  if (excess > 0) {
    const oldest = await db.syncLog.orderBy('seq').limit(excess).primaryKeys();
    await db.syncLog.bulkDelete(oldest);
  }
}
