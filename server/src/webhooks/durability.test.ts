import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { dialects, openTestDatabase, type TestDatabase } from '../../testing/databases';
import { usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { pushEvents } from '../sync/push/push';
import { emitEvent } from './outbox';
import { createEndpoint, newSecret } from './repository';
import { startReceiver } from '../../testing/webhooks/receiver';
import { runDueDeliveries } from './worker';

/** A second handle on the same database: a restarted (or another) server process. */
function reopen(t: TestDatabase, file: string | null): DatabaseHandle {
  return t.dialect === 'sqlite'
    ? createDatabase(`sqlite:${file!}`)
    : createDatabase(t.url, { schema: t.schema! });
}

for (const dialect of dialects) {
  describe(`${dialect}: webhook outbox durability`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-hooks-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    async function open(): Promise<{ t: TestDatabase; first: DatabaseHandle; file: string | null }> {
      const t = await openTestDatabase(dialect);
      if (dialect === 'postgres') return { t, first: t, file: null };
      // SQLite in memory does not survive a restart: use a file.
      const file = join(dir, `${Math.random().toString(36).slice(2)}.db`);
      const first = createDatabase(`sqlite:${file}`);
      await migrateToLatest(first.db);
      return { t, first, file };
    }

    it('retries across a server restart with the same webhook-id', async () => {
      const secret = newSecret();
      const rx = await startReceiver(secret);
      const { t, first, file } = await open();
      try {
        const now = Date.now();
        await createEndpoint(
          first.db,
          { name: 'r', kind: 'standard', url: rx.url, events: ['policy.published'] },
          secret,
          'test',
          now,
        );
        const id = await first.db
          .transaction()
          .execute((trx) => emitEvent(trx, 'policy.published', { version: 1 }, now));
        rx.setMode('kill');
        await runDueDeliveries(first.db, { mail: null, now: () => now });
        if (first !== t) await first.close();
        // "Restart": a new process opens the database; the receiver is back.
        const second = reopen(t, file);
        rx.setMode('ok');
        await runDueDeliveries(second.db, { mail: null, now: () => now + 5_000 });
        expect(rx.received.map((r) => r.id)).toEqual([id]);
        if (dialect === 'sqlite') await second.close();
      } finally {
        await rx.close();
        await t.close();
      }
    });

    it('takes over a delivery whose process died mid-send once its lease ran out', async () => {
      const rx = await startReceiver(null);
      const { t, first, file } = await open();
      try {
        const now = Date.now();
        await createEndpoint(
          first.db,
          { name: 'r', kind: 'slack', url: rx.url, events: ['policy.published'] },
          '',
          'test',
          now,
        );
        await first.db
          .transaction()
          .execute((trx) => emitEvent(trx, 'policy.published', { version: 1, title: 't' }, now));
        // A claim without the send: what a process leaves behind when it dies after claiming.
        await first.db
          .updateTable('webhook_deliveries')
          .set({ lease_until: now + 60_000 })
          .execute();
        const second = file ? reopen(t, file) : first;
        expect(await runDueDeliveries(second.db, { mail: null, now: () => now + 1_000 })).toBe(0);
        expect(await runDueDeliveries(second.db, { mail: null, now: () => now + 60_000 })).toBe(1);
        expect(rx.received).toHaveLength(1);
        if (file) await Promise.all([first.close(), second.close()]);
      } finally {
        await rx.close();
        await t.close();
      }
    });

    if (dialect === 'postgres')
      it('never sends one delivery twice when several processes run the worker at once', async () => {
        const rx = await startReceiver(null);
        const t = await openTestDatabase(dialect);
        const others = [reopen(t, null), reopen(t, null), reopen(t, null)];
        try {
          const now = Date.now();
          await createEndpoint(
            t.db,
            { name: 'r', kind: 'teams', url: rx.url, events: ['flag.raised'] },
            '',
            'test',
            now,
          );
          for (let i = 0; i < 60; i++)
            await t.db
              .transaction()
              .execute((trx) => emitEvent(trx, 'flag.raised', { toolId: `t${i}`, reason: 'annex-iii' }, now));
          const drain = async (h: DatabaseHandle) => {
            while ((await runDueDeliveries(h.db, { mail: null, now: () => now, batch: 5 })) > 0);
          };
          await Promise.all(others.map(drain));
          expect(rx.requests).toBe(60);
          const sent = await t.db
            .selectFrom('webhook_deliveries')
            .select('status')
            .where('status', '=', 'delivered')
            .execute();
          expect(sent).toHaveLength(60);
        } finally {
          await Promise.all(others.map((o) => o.close()));
          await rx.close();
          await t.close();
        }
      });
  });
}

describe('tool.discovered under concurrent pushes', () => {
  for (const dialect of dialects)
    it(`${dialect}: is emitted once when several processes first see a tool at the same moment`, async () => {
      const t = await openTestDatabase(dialect);
      // On PostgreSQL each handle is a separate process's pool with its own commit queue, so the
      // pushes really commit in parallel transactions; SQLite has one writer.
      const handles = dialect === 'postgres' ? [0, 1, 2, 3].map(() => reopen(t, null)) : [t];
      try {
        const f = fixture(t);
        await createEndpoint(
          t.db,
          { name: 'r', kind: 'slack', url: 'http://127.0.0.1:9/', events: ['tool.discovered'] },
          '',
          'test',
          Date.now(),
        );
        const devices = await Promise.all(Array.from({ length: 8 }, (_, i) => f.device(`p${i}@example.com`)));
        const users = await t.db.selectFrom('devices').select(['id', 'user_id']).execute();
        const userOf = new Map(users.map((u) => [u.id, u.user_id]));
        const day = new Date().toISOString().slice(0, 10);
        await Promise.all(
          devices.map((d, i) =>
            pushEvents(
              handles[i % handles.length]!.db,
              { deviceId: d.deviceId, userId: userOf.get(d.deviceId)! },
              [usage({ toolId: 'claude', day })],
            ),
          ),
        );
        const events = await t.db.selectFrom('webhook_events').select('type').execute();
        expect(events.map((e) => e.type)).toEqual(['tool.discovered']);
      } finally {
        if (dialect === 'postgres') await Promise.all(handles.map((h) => h.close()));
        await t.close();
      }
    });
});
