import { afterAll, describe, expect, it } from 'vitest';
import { createCaller, createDatabase } from '@lantern/server';
import { dayPeopleBothWays, referenceFigures } from '@lantern/server/testing';
import { pgInventory, sqliteInventory, type InventoryStore } from '../bench/lib/inventory-store';

/**
 * The inventory benchmark's generated organisation (tests/bench/lib/inventory-sql.ts) reads as if
 * ingest had written it: the maintained counts equal the figures computed from scratch from the
 * day rows, on a small size, on SQLite and (with LANTERN_TEST_POSTGRES_URL) PostgreSQL.
 */
const pgUrl = process.env.LANTERN_TEST_POSTGRES_URL;
const spec = { users: 300, tools: 40, days: 60, seed: 11 };

describe.each(pgUrl ? ['sqlite', 'postgres'] : ['sqlite'])('bench inventory data on %s', (dialect) => {
  let store: InventoryStore | undefined;
  afterAll(async () => {
    await store?.release();
  });

  it('has maintained counts consistent with its day rows, and the shape asked for', async () => {
    store =
      dialect === 'sqlite' ? await sqliteInventory(spec, false) : await pgInventory(pgUrl!, spec, false);
    const handle = createDatabase(store.url);
    try {
      const ref = await referenceFigures(handle.db, store.now);
      const staff = createCaller({
        db: handle.db,
        dialect: handle.dialect,
        now: () => store!.now,
        auth: {
          kind: 'staff',
          role: 'auditor',
          tokenId: 'test',
          name: 'test',
          via: 'bearer',
          csrfOk: true,
          sessionId: null,
        },
      });
      const list = await staff.admin.inventory.tools({ limit: 500 });
      const got = Object.fromEntries(
        list.rows
          .filter((m) => m.users > 0 || m.devices > 0)
          .map((m) => [
            m.toolId,
            {
              users: m.users,
              devices: m.devices,
              first: m.firstSeenAt ?? 0,
              last: m.lastSeenAt ?? 0,
              n7: m.users7d,
              n30: m.users30d,
            },
          ]),
      );
      expect(got).toEqual(Object.fromEntries(ref.tools));
      const o = await staff.admin.inventory.overview();
      expect([o.coverage.users, o.activeUsers7d, o.activeUsers30d, o.adoptionPerWeek]).toEqual([
        ref.people.users,
        ref.people.n7,
        ref.people.n30,
        ref.weeks,
      ]);
      // A tool page's people per day (migration 0020) are its tool_user_days rows per day.
      const days = Object.values(await dayPeopleBothWays(handle.db, [...ref.tools.keys()])).flatMap((d) =>
        Object.values(d),
      );
      expect(days.length).toBeGreaterThan(ref.tools.size);
      expect(days.filter(([scratch, kept]) => scratch !== kept)).toEqual([]);
      // Zipf-like: the most used tool has many times the people of the median one; people are
      // active on a fraction of the days.
      const users = [...ref.tools.values()].map((t) => t.users).sort((a, b) => b - a);
      expect(users[0]!).toBeGreaterThan(5 * users[Math.floor(users.length / 2)]!);
      expect(store.rows.tool_user_days).toBeGreaterThan(store.rows.tool_users! * 3);
      expect(store.rows.tool_user_days).toBeLessThan(store.rows.tool_users! * spec.days * 0.6);
      expect(store.rows.usage_days).toBe(store.rows.tool_user_days);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
