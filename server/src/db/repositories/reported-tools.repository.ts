import { LIMITS } from '@lantern/shared';
import { sql } from 'kysely';
import type { Db } from '../database';

/** The server day a self-report counts against (UTC): the device's clock is not trusted. */
export const quotaDay = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Counts one self-report against the device's daily quota; false when the quota is used up. */
export async function takeSelfReportQuota(trx: Db, deviceId: string, now: number): Promise<boolean> {
  const day = quotaDay(now);
  const row = await trx
    .selectFrom('self_report_quota')
    .select('reports')
    .where('device_id', '=', deviceId)
    .where('day', '=', day)
    .executeTakeFirst();
  const used = Number(row?.reports ?? 0);
  if (used >= LIMITS.selfReportsPerDevicePerDay) return false;
  await trx
    .insertInto('self_report_quota')
    .values({ device_id: deviceId, day, reports: 1 })
    .onConflict((oc) =>
      oc.columns(['device_id', 'day']).doUpdateSet({ reports: sql`self_report_quota.reports + 1` }),
    )
    .execute();
  return true;
}

/** The queued report of this hostname, else of this name. Index lookups. */
export async function findReportedTool(
  db: Db,
  hostname: string | null,
  nameKey: string,
): Promise<{ id: string; status: string } | undefined> {
  if (hostname !== null) {
    const byHost = await db
      .selectFrom('reported_tools')
      .select(['id', 'status'])
      .where('hostname', '=', hostname)
      .executeTakeFirst();
    if (byHost) return byHost;
  }
  return db
    .selectFrom('reported_tools')
    .select(['id', 'status'])
    .where('name_key', '=', nameKey)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function countOpenReports(db: Db): Promise<number> {
  const row = await db
    .selectFrom('reported_tools')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Is this id free for a new report's future tool (no organisation tool, no other report)? */
export async function toolIdFree(db: Db, id: string): Promise<boolean> {
  const [tool, report] = await Promise.all([
    db.selectFrom('org_tools').select('id').where('id', '=', id).executeTakeFirst(),
    db.selectFrom('reported_tools').select('id').where('id', '=', id).executeTakeFirst(),
  ]);
  return !tool && !report;
}

/** One more report of a queued tool: counts, widens its window, reopens it if it was decided. */
export async function addReport(trx: Db, id: string, userId: string, atMs: number): Promise<void> {
  const at = sql<number>`cast(${atMs} as bigint)`;
  await trx
    .updateTable('reported_tools')
    .set({
      reports: sql`reports + 1`,
      status: 'open',
      first_reported_at: sql`case when first_reported_at > ${at} then ${at} else first_reported_at end`,
      last_reported_at: sql`case when last_reported_at < ${at} then ${at} else last_reported_at end`,
    })
    .where('id', '=', id)
    .execute();
  const first = sql.ref('reported_tool_reporters.first_at');
  const last = sql.ref('reported_tool_reporters.last_at');
  await trx
    .insertInto('reported_tool_reporters')
    .values({ reported_tool_id: id, user_id: userId, first_at: atMs, last_at: atMs })
    .onConflict((oc) =>
      oc.columns(['reported_tool_id', 'user_id']).doUpdateSet({
        first_at: sql`case when excluded.first_at < ${first} then excluded.first_at else ${first} end`,
        last_at: sql`case when excluded.last_at > ${last} then excluded.last_at else ${last} end`,
      }),
    )
    .execute();
}
