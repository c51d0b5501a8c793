import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type SyncEvent } from '@lantern/shared';
import { dayString } from '../../inventory/days';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { acknowledgement, registration, usage } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

/**
 * Security finding 5: the device's clock decided. A registration dated 2099 froze the person's
 * current registration, an acknowledgement dated before its policy existed was chained, and a usage
 * day of 2099-12-31 counted in visits30d. Now the server decides (ingest/time.ts, docs/protocol.md).
 */
const MIN = 60_000;
const Y2099 = Date.UTC(2099, 11, 31, 12);

for (const dialect of dialects) {
  describe(`${dialect}: the server decides time`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    const push = (caller: Awaited<ReturnType<typeof f.device>>['caller'], events: SyncEvent[]) =>
      caller.sync.push({ protocolVersion: PROTOCOL_VERSION, events });

    it('a registration dated 2099 is refused alone and cannot freeze the later real ones', async () => {
      const { caller } = await f.device('ada@example.com');
      const now = Date.now();
      const future = registration({ at: Y2099, purposeText: 'frozen' });
      const real = registration({ at: now - 2 * MIN, purposeText: 'real' });
      const refusal = await push(caller, [real, future]).catch((e: unknown) => e);
      expect(refusal).toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('events[1].at'),
      });
      expect(await t.db.selectFrom('registrations').selectAll().execute()).toEqual([]);
      // The client sets the refused event aside and sends the rest: nothing else is lost.
      await push(caller, [real]);
      await push(caller, [
        { id: registration().id, at: now - MIN, kind: 'registration_withdrawal', toolId: 'chatgpt' },
      ]);
      const current = await t.db.selectFrom('current_registrations').selectAll().executeTakeFirstOrThrow();
      expect(current.withdrawn).toBe(1);
    });

    it('a time a few minutes ahead is stored as the receipt time, so the next real event still wins', async () => {
      const { caller } = await f.device('ada@example.com');
      const ahead = registration({ at: Date.now() + 4 * MIN, purposeText: 'clock ahead' });
      await push(caller, [ahead]);
      const stored = await t.db
        .selectFrom('registrations')
        .select(['at', 'received_at'])
        .executeTakeFirstOrThrow();
      expect(Number(stored.at)).toBeLessThanOrEqual(Number(stored.received_at));
      await push(caller, [
        { id: registration().id, at: Date.now(), kind: 'registration_withdrawal', toolId: 'chatgpt' },
      ]);
      expect(
        (await t.db.selectFrom('current_registrations').selectAll().executeTakeFirstOrThrow()).withdrawn,
      ).toBe(1);
    });

    it('an acknowledgement dated before its policy was published is refused and not chained', async () => {
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'P',
        body: '# Use AI well',
        changeSummary: null,
      });
      const { caller } = await f.device('ada@example.com');
      const early = acknowledgement(policy.version, policy.sha256, { at: policy.publishedAt - 60 * MIN });
      await expect(push(caller, [early])).rejects.toMatchObject({
        message: expect.stringMatching(
          /^events\[0\]\.at: accepted at .* before policy version 1 was published/,
        ),
      });
      expect(await t.db.selectFrom('acknowledgements').selectAll().execute()).toEqual([]);
      // Within the skew (a slow clock), it is taken at the publication time.
      await push(caller, [
        acknowledgement(policy.version, policy.sha256, { at: policy.publishedAt - 2 * MIN }),
      ]);
      const ack = await t.db.selectFrom('acknowledgements').select('at').executeTakeFirstOrThrow();
      expect(Number(ack.at)).toBe(policy.publishedAt);
    });

    it('a usage day that has not begun anywhere is refused and never counts in visits30d', async () => {
      const { caller } = await f.device('ada@example.com');
      const now = Date.now();
      const flood = usage({ at: now - MIN, day: '2099-12-31', visits: 100_000 });
      const today = usage({ at: now - MIN, day: dayString(now), visits: 3 });
      await expect(push(caller, [today, flood])).rejects.toMatchObject({
        message: expect.stringContaining('events[1].day'),
      });
      await push(caller, [today]);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const { rows } = await admin.admin.inventory.tools({ search: 'chatgpt' });
      expect(rows[0]?.visits30d).toBe(3);
      expect(
        await t.db.selectFrom('usage_days').select('day').where('day', '>', dayString(now, -2)).execute(),
      ).toEqual([]);
    });

    it('names every refused event in one answer (eventIndexes), so one round trip sets them all aside', async () => {
      const { caller } = await f.device('ada@example.com');
      const events = [
        usage({ at: Date.now() - MIN, day: dayString(Date.now()) }),
        registration({ at: Y2099 }),
        usage({ at: Y2099 }),
      ];
      const error: unknown = await push(caller, events).catch((e: unknown) => e);
      expect((error as { cause?: { indexes?: number[] } }).cause?.indexes).toEqual([1, 2]);
    });
  });
}
