import { describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { seedDemo, SeedRefusedError } from './demo';

const NOW = Date.UTC(2026, 10, 23, 12);

// Hundreds of small transactions: PostgreSQL on a busy 2-core machine needs more than the default.
describe.each(dialects)('seed demo on %s', { timeout: 90_000 }, (dialect) => {
  const handle = useTestDatabase(dialect);

  const count = async (
    table:
      | 'users'
      | 'devices'
      | 'decisions'
      | 'policy_versions'
      | 'acknowledgements'
      | 'requests'
      | 'tool_days'
      | 'current_registrations',
  ) =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('the demo organisation', () => {
    it('builds a small organisation through the ingest path, with every kind of record', async () => {
      const summary = await seedDemo(handle.db, { people: 30, days: 35, now: NOW });
      expect(summary.people).toBe(30);
      expect(await count('users')).toBe(30);
      expect(await count('devices')).toBe(summary.devices);
      expect(await count('policy_versions')).toBe(2);
      // Self-reports add "under review" decisions of their own on ingest.
      expect(await count('decisions')).toBeGreaterThanOrEqual(summary.decisions);
      expect(await count('tool_days')).toBeGreaterThan(0);
      expect(await count('current_registrations')).toBeGreaterThan(0);
      expect(await count('acknowledgements')).toBe(summary.acknowledgements);

      const statuses = await handle.db.selectFrom('decisions').select('status').distinct().execute();
      expect(statuses.map((s) => s.status).sort()).toEqual([
        'approved',
        'conditional',
        'prohibited',
        'review',
      ]);
      const requests = await handle.db.selectFrom('requests').select('status').execute();
      expect(requests.some((r) => r.status === 'pending')).toBe(true);

      // Usage reaches up to today, so the 7-day figures have something to show.
      const newest = await handle.db
        .selectFrom('tool_days')
        .select((eb) => eb.fn.max('day').as('d'))
        .executeTakeFirstOrThrow();
      expect(String(newest.d) >= '2026-11-16').toBe(true);
    });

    it('keeps the acknowledgement chain intact: each record links to the one before', async () => {
      await seedDemo(handle.db, { people: 15, days: 30, now: NOW });
      const rows = await handle.db
        .selectFrom('acknowledgements')
        .select(['seq', 'prev_hash', 'hash'])
        .orderBy('seq')
        .execute();
      expect(rows.length).toBeGreaterThan(10);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    });

    it('gives the same organisation for the same seed', async () => {
      const snapshot = async () => ({
        emails: (await handle.db.selectFrom('users').select('email').orderBy('email').execute()).map(
          (r) => r.email,
        ),
        usage: (
          await handle.db
            .selectFrom('tool_days')
            .select(['tool_id', 'day', 'visits'])
            .orderBy('tool_id')
            .orderBy('day')
            .execute()
        ).map((r) => `${r.tool_id} ${r.day} ${r.visits}`),
      });
      await seedDemo(handle.db, { people: 15, days: 20, now: NOW, seed: 7 });
      const first = await snapshot();
      await handle.reset();
      await seedDemo(handle.db, { people: 15, days: 20, now: NOW, seed: 7 });
      expect(await snapshot()).toEqual(first);
      expect(first.usage.length).toBeGreaterThan(0);
    });

    it('refuses a database that already has data, and changes nothing', async () => {
      await seedDemo(handle.db, { people: 5, days: 10, now: NOW });
      const devices = await count('devices');
      await expect(seedDemo(handle.db, { people: 5, days: 10, now: NOW })).rejects.toThrow(SeedRefusedError);
      await expect(seedDemo(handle.db, { people: 5, days: 10, now: NOW })).rejects.toThrow(/not empty/);
      expect(await count('devices')).toBe(devices);
    });
  });
});
