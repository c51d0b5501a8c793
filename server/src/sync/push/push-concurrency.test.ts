import { describe, expect, it } from 'vitest';
import { revokeDevice } from '../../db/repositories/devices.repository';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';
import { push, registration, usage } from '../../../testing/events';
import { pushEvents } from './push';

const TOOLS = ['chatgpt', 'claude', 'gemini', 'perplexity'];
const DAYS = ['2026-11-21', '2026-11-22', '2026-11-23'];

for (const dialect of dialects) {
  describe(`${dialect}: devices pushing overlapping batches at the same moment`, () => {
    const t = useTestDatabase(dialect);

    it('stores every batch (no deadlock reaches a device) and sums the day totals exactly', async () => {
      const f = fixture(t);
      const devices = await Promise.all([0, 1, 2, 3].map((i) => f.device(`person${i}@example.com`)));
      // Each device lists the same tools and days in a different order: the classic lock cycle.
      const batches = devices.flatMap((d, i) =>
        [0, 1].map((half) => {
          const tools = i % 2 === 0 ? TOOLS : [...TOOLS].reverse();
          const days = half === 0 ? DAYS : [...DAYS].reverse();
          const events = tools.flatMap((toolId) =>
            days.map((day) => usage({ toolId, day, visits: 2, activeSeconds: 30 })),
          );
          return { d, events: half === 0 ? events : events.reverse() };
        }),
      );
      const results = await Promise.allSettled(
        batches.map(({ d, events }) => d.caller.sync.push(push(events))),
      );
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const days = await t.db.selectFrom('tool_days').select(['tool_id', 'day', 'visits']).execute();
      expect(days).toHaveLength(TOOLS.length * DAYS.length);
      // Per device the larger of its two totals counts (2 visits); four devices: 8 per tool and day.
      for (const row of days) expect(Number(row.visits)).toBe(8);
    });

    it('answers each push of a group on its own: a revoked device is refused, the others stored', async () => {
      const f = fixture(t);
      const [a, b, revoked] = await Promise.all(
        ['a@example.com', 'b@example.com', 'c@example.com'].map((email) => f.device(email)),
      );
      await revokeDevice(t.db, revoked!.deviceId, Date.now());
      const results = await Promise.allSettled(
        [a!, revoked!, b!].map((d) => d.caller.sync.push(push([usage({ visits: 3 }), registration()]))),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(results[1]).toMatchObject({ reason: { code: 'UNAUTHORIZED' } });
      const stored = await t.db.selectFrom('seen_events').select('device_id').distinct().execute();
      expect(stored.map((r) => r.device_id).sort()).toEqual([a!.deviceId, b!.deviceId].sort());
      const day = await t.db.selectFrom('tool_days').selectAll().executeTakeFirstOrThrow();
      expect(Number(day.visits)).toBe(6);
    });

    it('stores the other pushes of a group when one fails inside the transaction', async () => {
      const f = fixture(t);
      const [a, b] = await Promise.all(
        ['a@example.com', 'b@example.com'].map(async (email) => {
          const { deviceId } = await f.device(email);
          const row = await t.db
            .selectFrom('devices')
            .select('user_id')
            .where('id', '=', deviceId)
            .executeTakeFirstOrThrow();
          return { deviceId, userId: row.user_id };
        }),
      );
      // Past validation, a day of null breaks the insert (NOT NULL): only that push may fail.
      const broken = usage({ day: null as never });
      const results = await Promise.allSettled([
        pushEvents(t.db, a!, [usage({ visits: 2 })]),
        pushEvents(t.db, b!, [usage({ visits: 5 }), broken]),
        pushEvents(t.db, b!, [usage({ toolId: 'claude', visits: 7 })]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const days = await t.db
        .selectFrom('tool_days')
        .select(['tool_id', 'visits'])
        .orderBy('tool_id')
        .execute();
      expect(days.map((d) => [d.tool_id, Number(d.visits)])).toEqual([
        ['chatgpt', 2],
        ['claude', 7],
      ]);
      expect(await t.db.selectFrom('seen_events').selectAll().execute()).toHaveLength(2);
    });
  });
}
