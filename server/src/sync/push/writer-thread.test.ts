import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { revokeDevice } from '../../db/repositories/devices.repository';
import type { TestDatabase } from '../../../testing/databases';
import { push, registration, usage } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';
import { pushCommitCounts, pushEvents, usePushWriter } from './push';
import { IngestWriterThread } from './writer-thread';

// The writer thread needs a SQLite file (an in-memory database cannot be opened by another thread).
describe('sqlite file: pushes committed by the writer thread', () => {
  let dir: string;
  let t: TestDatabase;
  let writer: IngestWriterThread;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-writer-'));
    const handle = createDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    await migrateToLatest(handle.db);
    const attached = await IngestWriterThread.attach(handle);
    if (!attached) throw new Error('no writer thread for a SQLite file');
    writer = attached;
    const emptied = async () => {
      for (const table of ['seen_events', 'usage_days', 'tool_days'] as const)
        await handle.db.deleteFrom(table).execute();
    };
    t = { ...handle, url: 'sqlite:file', schema: null, reset: emptied };
  });
  afterAll(async () => {
    usePushWriter(t.db, null);
    await writer.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => t.reset());

  it('stores concurrent pushes exactly once, answering each after its commit', async () => {
    const f = fixture(t);
    const counted = await pushCommitCounts(t.db);
    const devices = await Promise.all([0, 1, 2].map((i) => f.device(`w${i}@example.com`)));
    const batches = devices.flatMap((d) =>
      [1, 2, 3, 4].map((visits) => ({ d, events: [usage({ toolId: 'claude', visits, activeSeconds: 10 })] })),
    );
    const results = await Promise.all(batches.map(({ d, events }) => d.caller.sync.push(push(events))));
    expect(results.map((r) => r.stored.length)).toEqual(batches.map(() => 1));
    // Read on the server's own connection: the thread's commits are visible to it.
    const day = await t.db.selectFrom('tool_days').selectAll().where('tool_id', '=', 'claude').execute();
    expect(day.map((r) => Number(r.visits))).toEqual([12]); // each device's largest total, 4, summed
    const again = await devices[0]!.caller.sync.push(push(batches[0]!.events));
    expect(again).toMatchObject({ stored: [batches[0]!.events[0]!.id], duplicates: 1 });
    // The thread counts its groups and the pushes they held (the benchmark's pushes per commit).
    const counts = await pushCommitCounts(t.db);
    expect(counts.items - counted.items).toBe(batches.length + 1);
    expect(counts.groups - counted.groups).toBeGreaterThanOrEqual(1);
    expect(counts.groups - counted.groups).toBeLessThanOrEqual(batches.length + 1);
  });

  it('refuses a revoked device through the thread', async () => {
    const f = fixture(t);
    const d = await f.device('revoked@example.com');
    await revokeDevice(t.db, d.deviceId, Date.now());
    await expect(d.caller.sync.push(push([usage()]))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('stores a push posted as its text as the events it was parsed from, without repeats, times moved', async () => {
    const { deviceId } = await fixture(t).device('wire@example.com');
    const { user_id: userId } = await t.db
      .selectFrom('devices')
      .select('user_id')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow();
    const d = { deviceId, userId };
    const now = Date.now();
    const late = registration({ at: now + 60_000, purposeText: 'moved to the receipt time' });
    const first = usage({ toolId: 'claude', visits: 3, activeSeconds: 5 });
    const events = [first, late, { ...first, visits: 9 }, usage({ toolId: 'claude', visits: 1 })];
    const body = JSON.stringify(push(events));
    const result = await pushEvents(t.db, d, JSON.parse(body).events as never, now, body);
    expect(result).toEqual({ stored: [first.id, late.id, events[3]!.id], duplicates: 0 });
    const stored = await t.db
      .selectFrom('registrations')
      .select(['id', 'at'])
      .where('id', '=', late.id)
      .execute();
    expect(stored.map((r) => ({ id: r.id, at: Number(r.at) }))).toEqual([{ id: late.id, at: now }]);
    const day = await t.db
      .selectFrom('usage_days')
      .select('visits')
      .where('device_id', '=', deviceId)
      .execute();
    expect(day.map((r) => Number(r.visits))).toEqual([3]); // the repeated id's 9 was dropped, as before
    const again = await pushEvents(t.db, d, JSON.parse(body).events as never, now, body);
    expect(again).toEqual({ stored: result.stored, duplicates: 3 });
  });

  it('after a crash refuses what it had not answered (never a false success), and a resend stores it once', async () => {
    const f = fixture(t);
    const devices = await Promise.all([0, 1, 2, 3].map((i) => f.device(`c${i}@example.com`)));
    const batches = devices.flatMap((d) =>
      [0, 1, 2, 3, 4].map((i) => ({
        d,
        events: [0, 1, 2].map((j) => usage({ day: `2026-11-1${j}`, visits: i + 1 })),
      })),
    );
    const sent = batches.map(({ d, events }) => d.caller.sync.push(push(events)));
    // Killed while it holds pushes (validated, handed over, not yet answered).
    while (writer.inFlight < 4) await new Promise((resolve) => setImmediate(resolve));
    await writer.kill();
    const settled = await Promise.allSettled(sent);
    const refused = batches.filter((_, i) => settled[i]!.status === 'rejected');
    for (const r of settled)
      if (r.status === 'rejected') {
        expect(r.reason).toBeInstanceOf(TRPCError);
        expect(r.reason).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    expect(refused.length).toBeGreaterThan(0);
    // The browser sends a refused batch again; the next push starts a new thread.
    for (const { d, events } of refused) {
      const out = await d.caller.sync.push(push(events));
      expect(out.stored).toEqual(events.map((e) => e.id));
    }
    const seen = await t.db
      .selectFrom('seen_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(seen.n)).toBe(batches.length * 3);
    const days = await t.db.selectFrom('tool_days').select(['day', 'visits']).orderBy('day').execute();
    expect(days.map((r) => Number(r.visits))).toEqual([20, 20, 20]); // 4 devices × their largest, 5
  });
});
