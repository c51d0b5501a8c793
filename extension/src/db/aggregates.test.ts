import { localDay, SyncEventSchema } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDeltas, compactAggregates, type AggregateDelta } from './aggregates';
import { LanternDb } from './app-db';

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`aggregates-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
const visit = (over: Partial<AggregateDelta> = {}): AggregateDelta => ({
  day: localDay(NOW),
  toolId: 'chatgpt',
  signal: 'visit',
  visits: 1,
  activeSeconds: 0,
  requests: 0,
  initiatorHost: null,
  endpointHost: null,
  at: NOW,
  ...over,
});

describe('day aggregates', () => {
  it('adds each flush to the day totals and names only first sightings as new', async () => {
    expect(await applyDeltas(db, [visit({ visits: 2 })], NOW)).toHaveLength(1);
    expect(await applyDeltas(db, [visit({ visits: 3, activeSeconds: 40 })], NOW + 1000)).toEqual([]);
    const [row] = await db.dayAggregates.toArray();
    expect(row).toMatchObject({ visits: 5, activeSeconds: 40, firstSeen: NOW });
  });

  it('keeps one queued event per total, carrying the newest totals', async () => {
    await applyDeltas(db, [visit({ visits: 2 })], NOW);
    await applyDeltas(db, [visit({ visits: 3 })], NOW + 1000);
    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.event).toMatchObject({
      kind: 'usage',
      toolId: 'chatgpt',
      visits: 5,
      day: localDay(NOW),
    });
  });

  it('queues only events the wire schema accepts, with hostnames and never URLs', async () => {
    await applyDeltas(
      db,
      [
        visit(),
        visit({
          signal: 'embedded',
          visits: 0,
          requests: 4,
          toolId: 'openai-platform',
          initiatorHost: 'crm.example.com',
          endpointHost: 'api.openai.com',
        }),
      ],
      NOW,
    );
    for (const { event } of await db.outbox.toArray()) {
      expect(SyncEventSchema.safeParse(event).success).toBe(true);
      expect(JSON.stringify(event)).not.toMatch(/https?:|\/\//);
    }
    const embedded = (await db.outbox.toArray()).find((e) => e.kind === 'embedded_discovery');
    expect(embedded?.event).toMatchObject({
      initiatorHost: 'crm.example.com',
      endpointHost: 'api.openai.com',
      requests: 4,
    });
  });

  it('caps active time at a day', async () => {
    await applyDeltas(db, [visit({ activeSeconds: 90_000 })], NOW);
    expect((await db.dayAggregates.toArray())[0]!.activeSeconds).toBe(86_400);
  });

  it('compacts old days once their totals left the outbox, and keeps unsent ones', async () => {
    const old = NOW - 60 * 86_400_000;
    await applyDeltas(
      db,
      [visit({ day: localDay(old), at: old }), visit({ toolId: 'claude', day: localDay(old), at: old })],
      old,
    );
    await applyDeltas(db, [visit()], NOW);
    const claude = (await db.outbox.toArray()).find(
      (e) => e.event.kind === 'usage' && e.event.toolId === 'claude',
    );
    await db.outbox.where('id').notEqual(claude!.id).delete(); // everything but claude was sent
    expect(await compactAggregates(db, NOW)).toBe(1);
    const left = (await db.dayAggregates.toArray()).map((a) => `${a.toolId}@${a.day}`).sort();
    expect(left).toEqual([`chatgpt@${localDay(NOW)}`, `claude@${localDay(old)}`]);
  });
});
