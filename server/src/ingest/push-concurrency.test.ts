import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openTestDatabase, type TestDatabase } from '../test-support/databases';
import { fixture } from '../test-support/fixture';
import { push, registration, usage } from '../test-support/events';
import { inLockOrder } from './push';

const TOOLS = ['chatgpt', 'claude', 'gemini', 'perplexity'];
const DAYS = ['2026-11-21', '2026-11-22', '2026-11-23'];

describe('the order a batch is applied in', () => {
  it('puts counts first by tool and day, keeps a registration before its withdrawal', () => {
    const reg = registration({ toolId: 'claude' });
    const withdraw = { ...registration({ toolId: 'claude' }), kind: 'registration_withdrawal' as const };
    const {
      purposeCategory: _p,
      purposeText: _t,
      dataClasses: _d,
      affectsPeople: _a,
      ...withdrawal
    } = withdraw;
    const late = usage({ toolId: 'claude', day: '2026-11-23' });
    const early = usage({ toolId: 'chatgpt', day: '2026-11-23' });
    const ordered = inLockOrder([reg, late, withdrawal, early]);
    expect(ordered.map((e) => e.id)).toEqual([early.id, late.id, reg.id, withdrawal.id]);
  });
});

for (const dialect of dialects) {
  describe(`${dialect}: devices pushing overlapping batches at the same moment`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(async () => t.close());

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
  });
}
