import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { checkCoverage } from './coverage';
import { emitDailyDigest } from './digest';
import { pruneOutbox } from './prune';

/** How often the worker loop does the slower chores below. */
export const HOUSEKEEPING_MS = 60 * 60_000;

/**
 * The outbox's hourly chores: prune delivered events, check policy coverage against its threshold,
 * and the day's digest (the first run of each UTC day sends it; later runs find it sent).
 */
export async function runHousekeeping(db: Kysely<Database>, now: number): Promise<void> {
  await pruneOutbox(db, now);
  await checkCoverage(db, now);
  await emitDailyDigest(db, now);
}
