import { LIMITS, SyncEventSchema } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDb } from '../db/app-db';
import { countGuardOutcome, readGuardCounts } from './counts';

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`guard-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = new Date(2026, 10, 23, 9).getTime();

describe('the data guard counts on the device', () => {
  it('keeps one day total per tool and class, and queues only the newest total for each', async () => {
    await countGuardOutcome(db, 'chatgpt', ['personal', 'confidential'], false, NOW);
    await countGuardOutcome(db, 'chatgpt', ['personal'], true, NOW + 1000);
    const counts = await readGuardCounts(db);
    expect(counts).toEqual([
      { day: '2026-11-23', toolId: 'chatgpt', dataClass: 'personal', warnings: 2, pastedAnyway: 1 },
      { day: '2026-11-23', toolId: 'chatgpt', dataClass: 'confidential', warnings: 1, pastedAnyway: 0 },
    ]);
    const queued = (await db.outbox.toArray()).map((o) => o.event);
    expect(queued).toHaveLength(2);
    for (const e of queued) expect(SyncEventSchema.parse(e)).toEqual(e);
    expect(queued.find((e) => e.kind === 'data_guard' && e.dataClass === 'personal')).toMatchObject({
      warnings: 2,
      pastedAnyway: 1,
    });
  });

  it('starts a new day at local midnight', async () => {
    await countGuardOutcome(db, 'chatgpt', ['personal'], false, NOW);
    await countGuardOutcome(db, 'chatgpt', ['personal'], false, new Date(2026, 10, 24, 0, 1).getTime());
    expect((await readGuardCounts(db)).map((c) => [c.day, c.warnings])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-24', 1],
    ]);
  });

  it('stops counting at the protocol bound, so every queued total stays valid', async () => {
    await db.state.put({
      key: 'guardCounts',
      value: [
        {
          day: '2026-11-23',
          toolId: 'chatgpt',
          dataClass: 'personal',
          warnings: LIMITS.guardWarningsPerDay,
          pastedAnyway: 0,
        },
      ],
    });
    await countGuardOutcome(db, 'chatgpt', ['personal'], true, NOW);
    expect((await readGuardCounts(db))[0]).toMatchObject({
      warnings: LIMITS.guardWarningsPerDay,
      pastedAnyway: 0,
    });
    expect(await db.outbox.count()).toBe(0);
  });
});
