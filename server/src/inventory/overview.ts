import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { acceptanceCounts } from './acceptance';
import { cachedByDataVersion } from './cache';
import { dayString } from './days';
import { windowStartMs } from './tool-metrics';
import { inventoryTools } from './tools';

/**
 * The dashboard's headline figures, from the aggregates and the inventory rows. Computed once per
 * data version and day (see cache.ts), since the dashboard asks on every visit.
 */
export async function overview(db: Db, now: number, weeks = 12) {
  return cachedByDataVersion(db, `overview-${weeks}`, dayString(now), () => computeOverview(db, now, weeks));
}

async function computeOverview(db: Db, now: number, weeks: number) {
  // Weekly active people: distinct people per 7-day range of day rows, read from the
  // tool_user_days_day_user index (grouping by person is cheaper there than count(distinct)).
  const distinctUsers = async (from: string, to: string) =>
    Number(
      (
        await db
          .selectFrom((eb) =>
            eb
              .selectFrom('tool_user_days')
              .select('user_id')
              .where('day', '>=', from)
              .where('day', '<=', to)
              .groupBy('user_id')
              .as('p'),
          )
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const ranges = Array.from({ length: weeks }, (_, i) => {
    const w = weeks - 1 - i;
    return { from: dayString(now, w * 7 + 6), to: dayString(now, w * 7) };
  });
  const [tools, policy, adoption] = await Promise.all([
    inventoryTools(db, now),
    currentPolicy(db),
    // A few weeks at a time: each reads ~250,000 index entries at 50,000 people, and all twelve at
    // once would take most of a PostgreSQL pool (SQLite runs them one by one anyway).
    (async () => {
      const out: { weekStart: string; activeUsers: number }[] = [];
      for (let i = 0; i < ranges.length; i += 3)
        out.push(
          ...(await Promise.all(
            ranges
              .slice(i, i + 3)
              .map(async (r) => ({ weekStart: r.from, activeUsers: await distinctUsers(r.from, r.to) })),
          )),
        );
      return out;
    })(),
  ]);
  // Per person, the last time they were seen using any AI tool (tool_users_user): people who used
  // one, and those seen in the last 7 and 30 days, as the inventory counts its users7d/users30d.
  const people = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('tool_users')
        .select(sql<number>`max(last_seen_at)`.as('last'))
        .groupBy('user_id')
        .as('p'),
    )
    .select([
      sql<number>`count(*)`.as('users'),
      sql<number>`sum(case when last >= ${windowStartMs(now, 7)} then 1 else 0 end)`.as('n7'),
      sql<number>`sum(case when last >= ${windowStartMs(now, 30)} then 1 else 0 end)`.as('n30'),
    ])
    .executeTakeFirstOrThrow();
  const aiUsers = Number(people.users);
  // "Accepted the current policy" as every page counts it (acceptance.ts).
  const accepted = policy ? ((await acceptanceCounts(db, [policy])).accepted.get(policy.version) ?? 0) : 0;
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
    activeUsers7d: Number(people.n7 ?? 0),
    activeUsers30d: Number(people.n30 ?? 0),
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
