import { sql } from 'kysely';
import type { Db } from '../db/database';
import { currentPolicy } from '../db/repositories/policies.repository';
import { weekOf } from '../sync/push/maintained-counts';
import { acceptanceCounts, type PolicyRef } from './acceptance';
import { cachedByKey, cachedIncrementally } from './cache';
import { dayString, windowStart } from './days';
import { inventoryTools, inventoryToolsFromScratch, type InventoryToolRow } from './tools';

type Overview = Awaited<ReturnType<typeof computeOverview>>;

/**
 * The dashboard's headline figures, from the counts ingest maintains (migration 0017) and the
 * inventory rows. Computed once per data version and day (see cache.ts), since the dashboard asks
 * on every visit; after a write it reads a few hundred small rows and the list's changed tools, and
 * counts the browsers again only when one was enrolled, removed or revoked (`#devices` in the log).
 */
export async function overview(db: Db, now: number, weeks = 12) {
  return cachedIncrementally<Overview>(db, `overview-${weeks}`, dayString(now), async (prev, changes) =>
    computeOverview(
      db,
      now,
      weeks,
      await inventoryTools(db, now),
      prev && !changes.all && !changes.ids.has('#devices') ? prev : undefined,
    ),
  );
}

/** The overview computed from scratch, bypassing every cache of it and of the list (for tests). */
export async function overviewFromScratch(db: Db, now: number, weeks = 12) {
  return computeOverview(db, now, weeks, await inventoryToolsFromScratch(db, now));
}

/** Browsers enrolled and not revoked (every row of `devices`: at full size ~60,000). */
async function activeDevices(db: Db): Promise<number> {
  const row = await db
    .selectFrom('devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * People active per week (Monday to Sunday, UTC), the last `weeks` weeks, this one last (so far).
 * A person counts once per week whatever the number of tools or days.
 */
async function adoptionPerWeek(db: Db, now: number, weeks: number) {
  const thisWeek = Date.parse(`${weekOf(dayString(now))}T00:00:00Z`);
  const starts = Array.from({ length: weeks }, (_, i) => dayString(thisWeek, (weeks - 1 - i) * 7));
  const rows = await db
    .selectFrom('week_people')
    .select(['week', 'people'])
    .where('week', '>=', starts[0]!)
    .execute();
  const byWeek = new Map(rows.map((r) => [r.week, Number(r.people)]));
  return starts.map((weekStart) => ({ weekStart, activeUsers: byWeek.get(weekStart) ?? 0 }));
}

/**
 * How many people in scope accepted the policy: it changes only when someone accepts (the chain
 * head moves) or someone is first seen using an AI tool (the number of people seen grows), so it
 * is reused, per process, while those read the same.
 */
async function acceptedOf(db: Db, policy: PolicyRef, people: number) {
  const head = await db
    .selectFrom('chain_heads')
    .select(['seq', 'hash'])
    .where('name', '=', 'acknowledgements')
    .executeTakeFirst();
  const key = `${policy.version}|${policy.sha256}|${Number(head?.seq ?? 0)}|${head?.hash ?? ''}|${people}`;
  return cachedByKey(
    db,
    'overview-accepted',
    key,
    async () => (await acceptanceCounts(db, [policy])).accepted.get(policy.version) ?? 0,
  );
}

/** The overview; `devicesFrom`'s device count is reused when given (no browser changed since). */
async function computeOverview(
  db: Db,
  now: number,
  weeks: number,
  tools: readonly InventoryToolRow[],
  devicesFrom?: { activeDevices: number },
) {
  // People by the day they were last seen using any AI tool: all of them, and those of 7 and 30 days.
  const [policy, adoption, people, devices] = await Promise.all([
    currentPolicy(db),
    adoptionPerWeek(db, now, weeks),
    db
      .selectFrom('people_last_days')
      .select([
        sql<number>`sum(people)`.as('users'),
        sql<number>`sum(case when day >= ${windowStart(now, 7)} then people else 0 end)`.as('n7'),
        sql<number>`sum(case when day >= ${windowStart(now, 30)} then people else 0 end)`.as('n30'),
      ])
      .executeTakeFirstOrThrow(),
    devicesFrom ? devicesFrom.activeDevices : activeDevices(db),
  ]);
  const aiUsers = Number(people.users ?? 0);
  // "Accepted the current policy" as every page counts it (acceptance.ts).
  const accepted = policy ? await acceptedOf(db, policy, aiUsers) : 0;
  const statuses: Record<string, number> = {};
  for (const t of tools) statuses[t.status] = (statuses[t.status] ?? 0) + 1;
  return {
    toolsInUse30d: tools.filter((t) => t.users30d > 0).length,
    toolsKnown: tools.length,
    activeUsers7d: Number(people.n7 ?? 0),
    activeUsers30d: Number(people.n30 ?? 0),
    activeDevices: devices,
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
