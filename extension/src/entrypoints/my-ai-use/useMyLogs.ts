import { getDb } from '../../db/app-db';
import { recentSyncLog } from '../../db/sync-log';
import { readGuardCounts } from '../../guard/counts';
import { useLive } from '../../hooks/useLive';

/** What this browser sent, what waits to be sent, daily usage and the data guard's counts, live. */
export function useMyLogs() {
  return useLive(async () => {
    const db = getDb();
    return {
      sent: await recentSyncLog(db, 200),
      waiting: await db.outbox.orderBy('id').reverse().limit(200).toArray(),
      usage: await db.dayAggregates.orderBy('day').reverse().limit(200).toArray(),
      guard: await readGuardCounts(db),
    };
  }, []);
}

export type MyLogs = NonNullable<ReturnType<typeof useMyLogs>>;
