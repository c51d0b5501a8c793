import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { dayString, windowStart } from './days';
import type { InventoryToolRow } from './tools';

/** The dashboard's headline figures, from the aggregates and the tool rows already computed. */
export async function overview(db: Db, tools: InventoryToolRow[], now: number, weeks = 12) {
  const distinctUsersSince = async (from: string, to?: string) => {
    let q = db
      .selectFrom('tool_user_days')
      .select(sql<number>`count(distinct user_id)`.as('n'))
      .where('day', '>=', from);
    if (to) q = q.where('day', '<=', to);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const adoption: Array<{ weekStart: string; activeUsers: number }> = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const from = dayString(now, w * 7 + 6);
    adoption.push({ weekStart: from, activeUsers: await distinctUsersSince(from, dayString(now, w * 7)) });
  }
  const policy = await currentPolicy(db);
  const aiUsers = Number(
    (
      await db
        .selectFrom('tool_users')
        .select(sql<number>`count(distinct user_id)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const accepted = policy
    ? Number(
        (
          await db
            .selectFrom('acknowledgements')
            .select(sql<number>`count(distinct user_id)`.as('n'))
            .where('policy_version', '=', policy.version)
            .where((eb) =>
              eb.exists(
                eb
                  .selectFrom('tool_users')
                  .select('tool_id')
                  .whereRef('tool_users.user_id', '=', 'acknowledgements.user_id'),
              ),
            )
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;
  const devices = await db
    .selectFrom('devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  const statuses: Record<string, number> = {};
  for (const t of tools) statuses[t.status] = (statuses[t.status] ?? 0) + 1;
  return {
    toolsInUse30d: tools.filter((t) => t.users30d > 0).length,
    toolsKnown: tools.length,
    activeUsers7d: await distinctUsersSince(windowStart(now, 7)),
    activeUsers30d: await distinctUsersSince(windowStart(now, 30)),
    activeDevices: Number(devices.n),
    adoptionPerWeek: adoption,
    policy: policy ? { version: policy.version, title: policy.title, publishedAt: policy.publishedAt } : null,
    /** Share of people who used any AI tool and accepted the current policy version. */
    coverage: { accepted, users: aiUsers, share: aiUsers > 0 ? accepted / aiUsers : null },
    openRequests: tools.reduce((n, t) => n + t.pendingRequests, 0),
    flaggedTools: {
      sensitiveData: tools.filter((t) => t.flags.sensitiveData).length,
      annexIII: tools.filter((t) => t.flags.annexIII.length > 0).length,
    },
    statuses,
  };
}
