import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

const DAY = 86_400_000;
/** Delivered events stay in the delivery log this long, then go (failed ones stay for replay). */
export const OUTBOX_RETENTION_MS = 30 * DAY;
/** Events pruned per call: a long backlog goes over several runs, never in one long transaction. */
const BATCH = 500;

/**
 * Deletes events older than the retention whose deliveries all ended as delivered or skipped, with
 * their deliveries and attempts. Pending and failed deliveries keep their event (retry, replay).
 */
export async function pruneOutbox(
  db: Kysely<Database>,
  now: number,
  retentionMs = OUTBOX_RETENTION_MS,
): Promise<number> {
  const done = await db
    .selectFrom('webhook_events as e')
    .select('e.id')
    .where('e.created_at', '<', now - retentionMs)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('webhook_deliveries as d')
            .select('d.id')
            .whereRef('d.event_id', '=', 'e.id')
            .where('d.status', 'in', ['pending', 'failed']),
        ),
      ),
    )
    .orderBy('e.created_at')
    .limit(BATCH)
    .execute();
  const ids = done.map((r) => r.id);
  if (ids.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('webhook_attempts')
      .where(
        'delivery_id',
        'in',
        trx.selectFrom('webhook_deliveries').select('id').where('event_id', 'in', ids),
      )
      .execute();
    await trx.deleteFrom('webhook_deliveries').where('event_id', 'in', ids).execute();
    await trx.deleteFrom('webhook_events').where('id', 'in', ids).execute();
  });
  return ids.length;
}
