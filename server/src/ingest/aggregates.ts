import { sql } from 'kysely';
import type { Db } from '../db/database';

type SeenTable = 'tool_users' | 'tool_devices' | 'tool_signals';
const keyColumn = { tool_users: 'user_id', tool_devices: 'device_id', tool_signals: 'signal' } as const;

/**
 * Widens a first/last-seen window with one atomic upsert. CASE instead of MIN/MAX/GREATEST keeps it
 * one statement on both SQLite and PostgreSQL, and atomic when several processes ingest at once.
 */
export async function markSeen(
  trx: Db,
  table: SeenTable,
  toolId: string,
  key: string,
  at: number,
): Promise<void> {
  const t = sql.table(table);
  const first = sql.ref(`${table}.first_seen_at`);
  const last = sql.ref(`${table}.last_seen_at`);
  await sql`
    insert into ${t} (tool_id, ${sql.ref(keyColumn[table])}, first_seen_at, last_seen_at)
    values (${toolId}, ${key}, ${at}, ${at})
    on conflict (tool_id, ${sql.ref(keyColumn[table])}) do update set
      first_seen_at = case when excluded.first_seen_at < ${first} then excluded.first_seen_at else ${first} end,
      last_seen_at = case when excluded.last_seen_at > ${last} then excluded.last_seen_at else ${last} end
  `.execute(trx);
}

/** A user × device touched a tool through a signal on a day: every window that shows it. */
export async function recordPresence(
  trx: Db,
  p: { toolId: string; userId: string; deviceId: string; signal: string; day: string | null; at: number },
): Promise<void> {
  await markSeen(trx, 'tool_users', p.toolId, p.userId, p.at);
  await markSeen(trx, 'tool_devices', p.toolId, p.deviceId, p.at);
  await markSeen(trx, 'tool_signals', p.toolId, p.signal, p.at);
  if (p.day !== null) {
    await trx
      .insertInto('tool_user_days')
      .values({ tool_id: p.toolId, user_id: p.userId, day: p.day })
      .onConflict((oc) => oc.columns(['tool_id', 'user_id', 'day']).doNothing())
      .execute();
  }
}

/** Adds how much a device's day total grew to the tool's day total (atomic increment). */
export async function addToolDay(
  trx: Db,
  toolId: string,
  day: string,
  visits: number,
  activeSeconds: number,
) {
  if (visits === 0 && activeSeconds === 0) return;
  await trx
    .insertInto('tool_days')
    .values({ tool_id: toolId, day, visits, active_seconds: activeSeconds })
    .onConflict((oc) =>
      oc.columns(['tool_id', 'day']).doUpdateSet({
        visits: sql`tool_days.visits + excluded.visits`,
        active_seconds: sql`tool_days.active_seconds + excluded.active_seconds`,
      }),
    )
    .execute();
}
