import { uuidv7, type SyncEvent } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDb } from './app-db';
import { enforceOutboxBound, enqueue, markStored, oldestBatch, setAside } from './outbox';
import { trimSyncLog } from './sync-log';

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`outbox-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const NOW = Date.UTC(2026, 10, 23, 9);
let n = 0;
const usage = (): SyncEvent => ({
  id: uuidv7(NOW + ++n),
  at: NOW,
  kind: 'usage',
  toolId: 'chatgpt',
  signal: 'visit',
  day: '2026-11-23',
  visits: n,
  activeSeconds: 0,
});
const justification = (): SyncEvent => ({
  id: uuidv7(NOW + ++n),
  at: NOW,
  kind: 'justification',
  toolId: 'deepseek',
  reason: 'Customer asked for it',
});

describe('outbox', () => {
  it('hands out the oldest events first', async () => {
    const events = [usage(), justification(), usage()];
    for (const e of [...events].reverse()) await enqueue(db, e, null, NOW);
    expect((await oldestBatch(db, 2)).map((e) => e.id)).toEqual([events[0]!.id, events[1]!.id]);
  });

  it('deletes only what the server reported stored, and logs exactly that as sent', async () => {
    const events = [usage(), usage(), usage()];
    for (const e of events) await enqueue(db, e, null, NOW);
    const batch = await oldestBatch(db, 10);
    await markStored(db, batch, [events[0]!.id, events[2]!.id, uuidv7()], NOW);
    expect((await db.outbox.toArray()).map((e) => e.id)).toEqual([events[1]!.id]);
    expect((await db.syncLog.toArray()).map((l) => [l.eventId, l.outcome])).toEqual([
      [events[0]!.id, 'sent'],
      [events[2]!.id, 'sent'],
    ]);
  });

  it('when full, drops the oldest usage totals before anything the employee did', async () => {
    const kept = justification();
    const oldUsage = usage();
    await enqueue(db, kept, null, NOW);
    await enqueue(db, oldUsage, null, NOW);
    const newer = [usage(), usage()];
    for (const e of newer) await enqueue(db, e, null, NOW);
    await enforceOutboxBound(db, NOW, 3);
    expect((await db.outbox.toArray()).map((e) => e.id).sort()).toEqual(
      [kept.id, ...newer.map((e) => e.id)].sort(),
    );
    expect(await db.syncLog.toArray()).toEqual([
      expect.objectContaining({ eventId: oldUsage.id, outcome: 'dropped' }),
    ]);
  });

  it('never drops what the employee did, even past the bound', async () => {
    const acts = [justification(), justification(), justification()];
    for (const e of acts) await enqueue(db, e, null, NOW);
    await enforceOutboxBound(db, NOW, 2);
    expect(await db.outbox.count()).toBe(3);
    expect(await db.syncLog.count()).toBe(0);
  });

  it("sets refused events aside with the server's reason, leaving the rest queued", async () => {
    const events = [usage(), usage()];
    for (const e of events) await enqueue(db, e, null, NOW);
    const [first] = await oldestBatch(db, 1);
    await setAside(db, [first!], 'events[0].toolId: unknown tool', NOW);
    expect((await db.outbox.toArray()).map((e) => e.id)).toEqual([events[1]!.id]);
    expect(await db.syncLog.toArray()).toEqual([
      expect.objectContaining({
        eventId: events[0]!.id,
        outcome: 'refused',
        note: 'events[0].toolId: unknown tool',
      }),
    ]);
  });

  it('trims the transparency log to its age bound', async () => {
    await db.syncLog.bulkAdd([
      { at: NOW - 200 * 86_400_000, eventId: 'old', outcome: 'sent', event: usage() },
      { at: NOW, eventId: 'new', outcome: 'sent', event: usage() },
    ]);
    await trimSyncLog(db, NOW);
    expect((await db.syncLog.toArray()).map((l) => l.eventId)).toEqual(['new']);
  });
});
