import { PROTOCOL_VERSION } from '@lantern/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyAll } from '../../audit/verify';
import { buildEvidencePack } from '../../evidence/pack';
import { fileJson } from '../../../testing/evidence/testing';
import { createCaller } from '../../caller';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { approvalRequest, push } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const pull = { protocolVersion: PROTOCOL_VERSION, configVersion: 0 };
const DAY = 86_400_000;

for (const dialect of dialects) {
  describe(`${dialect}: answering a request for this person or for everyone`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    /** The admin on a clock the test moves, to see an exception end. */
    let clock: number;
    let adminAt: ReturnType<typeof createCaller>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      const token = await f.staffToken('admin');
      admin = await f.callerFor(token);
      clock = Date.now();
      adminAt = createCaller({
        db: t.db,
        dialect: t.dialect,
        auth: await f.authFor(token),
        now: () => clock,
      });
    });

    const audit = async (action: string) =>
      (await t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()).map((r) => ({
        target: r.target,
        details: JSON.parse(r.details) as Record<string, unknown>,
      }));

    it("sends an approval for this person to that person's browsers only, with its end date", async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const request = approvalRequest({ toolId: 'claude' });
      await ada.caller.sync.push(push([request]));
      await bob.caller.sync.push(push([approvalRequest({ toolId: 'claude' })]));
      const until = Date.now() + 30 * DAY;
      const answer = await admin.admin.requests.answer({
        id: request.id,
        status: 'approved',
        note: 'For the client project',
        until,
      });
      expect(answer).toMatchObject({ scope: 'person', closed: [] });
      expect(answer.exceptionId).toEqual(expect.any(String));

      const mine = await ada.caller.sync.pull(pull);
      const theirs = await bob.caller.sync.pull(pull);
      if (mine.unchanged || theirs.unchanged) throw new Error('expected a config');
      expect(mine.config.exceptions).toEqual([
        { toolId: 'claude', until, grantedAt: expect.any(Number), note: 'For the client project' },
      ]);
      // Bob's request stays pending and he holds no exception: nothing of Ada's reaches him.
      expect(theirs.config.exceptions).toBeUndefined();
      expect(theirs.config.requests).toMatchObject([{ status: 'pending' }]);
      // The tool itself stays undecided.
      expect(mine.config.decisions).toEqual([]);

      const listed = await admin.admin.exceptions.list({ toolId: 'claude' });
      expect(listed).toMatchObject([
        { person: 'ada@example.com', toolId: 'claude', until, requestId: request.id, state: 'active' },
      ]);
      expect(await audit('request.approved')).toMatchObject([
        { target: request.id, details: { scope: 'person', until, note: 'For the client project' } },
      ]);
      const pack = await buildEvidencePack(t.db, Date.now());
      expect(fileJson(pack.files, 'exceptions.json')).toMatchObject([
        {
          person: 'ada@example.com',
          tool_id: 'claude',
          request_id: request.id,
          until: new Date(until).toISOString(),
          state: 'active',
          controls: ['ISO42001:A.9.2', 'ISO42001:A.6.2.8', 'EUAIA:Art.26'],
        },
      ]);
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
    });

    it('stops sending an exception once it ends or is withdrawn, and keeps it listed', async () => {
      const ada = await f.device('ada@example.com');
      const user = await t.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      const soon = await adminAt.admin.exceptions.grant({
        userId: user.id,
        toolId: 'claude',
        until: clock + DAY,
        note: null,
      });
      const forGood = await adminAt.admin.exceptions.grant({
        userId: user.id,
        toolId: 'gemini',
        until: null,
        note: null,
      });
      const config = async () => {
        const out = await ada.caller.sync.pull(pull);
        if (out.unchanged) throw new Error('expected a config');
        return (out.config.exceptions ?? []).map((e) => e.toolId);
      };
      expect(await config()).toEqual(['claude', 'gemini']);

      // A day later the first one has ended (the server's clock decides what it sends).
      clock += DAY + 1;
      const later = createCaller({
        db: t.db,
        dialect: t.dialect,
        auth: await f.authFor(ada.deviceToken),
        now: () => clock,
      });
      const pulled = await later.sync.pull(pull);
      if (pulled.unchanged) throw new Error('expected a config');
      expect((pulled.config.exceptions ?? []).map((e) => e.toolId)).toEqual(['gemini']);
      expect((await adminAt.admin.exceptions.list({ userId: user.id })).map((e) => e.state).sort()).toEqual([
        'active',
        'expired',
      ]);

      await adminAt.admin.exceptions.revoke({ id: forGood.id });
      const after = await later.sync.pull(pull);
      if (after.unchanged) throw new Error('expected a config');
      expect(after.config.exceptions).toBeUndefined();
      const states = await adminAt.admin.exceptions.list({ userId: user.id });
      expect(states.find((e) => e.id === forGood.id)).toMatchObject({ state: 'withdrawn' });
      expect(states.find((e) => e.id === soon.id)).toMatchObject({ state: 'expired' });
      expect((await audit('exception.grant')).map((a) => a.target)).toHaveLength(2);
      expect(await audit('exception.revoke')).toEqual([{ target: forGood.id, details: {} }]);
      await expect(adminAt.admin.exceptions.revoke({ id: forGood.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('refuses an end date in the past, an unknown tool or person, and an end date on a denial', async () => {
      const ada = await f.device('ada@example.com');
      const request = approvalRequest();
      await ada.caller.sync.push(push([request]));
      const user = await t.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      const base = { id: request.id, note: null };
      await expect(
        admin.admin.requests.answer({ ...base, status: 'approved', until: Date.now() - 1000 }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'until: must be in the future' });
      await expect(
        admin.admin.requests.answer({ ...base, status: 'denied', until: Date.now() + DAY }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(
        admin.admin.exceptions.grant({ userId: user.id, toolId: 'no-such-tool', until: null, note: null }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(
        admin.admin.exceptions.grant({ userId: 'nobody', toolId: 'claude', until: null, note: null }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      // Nothing stored, nothing audited.
      expect(await t.db.selectFrom('tool_exceptions').selectAll().execute()).toEqual([]);
      expect(await audit('exception.grant')).toEqual([]);
      expect((await admin.admin.requests.list({ status: 'pending' })).total).toBe(1);
    });

    it('decides the tool for everyone and closes its other pending requests, each audited', async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const first = approvalRequest({ toolId: 'claude' });
      const second = approvalRequest({ toolId: 'claude' });
      const elsewhere = approvalRequest({ toolId: 'gemini' });
      await ada.caller.sync.push(push([first, elsewhere]));
      await bob.caller.sync.push(push([second]));

      const answer = await admin.admin.requests.answer({
        id: first.id,
        status: 'approved',
        note: 'Approved for all',
        scope: 'everyone',
      });
      expect(answer).toMatchObject({ scope: 'everyone', exceptionId: null, closed: [second.id] });
      const rows = await t.db.selectFrom('requests').select(['id', 'status', 'note']).execute();
      expect(rows.find((r) => r.id === second.id)).toMatchObject({
        status: 'approved',
        note: 'Approved for all',
      });
      expect(rows.find((r) => r.id === elsewhere.id)).toMatchObject({ status: 'pending' });
      const pulled = await bob.caller.sync.pull(pull);
      if (pulled.unchanged) throw new Error('expected a config');
      expect(pulled.config.decisions).toMatchObject([
        { toolId: 'claude', status: 'approved', enforcement: 'inform' },
      ]);
      expect(pulled.config.requests).toMatchObject([{ id: second.id, status: 'approved' }]);
      expect(await t.db.selectFrom('tool_exceptions').selectAll().execute()).toEqual([]);
      expect((await audit('request.approved')).map((a) => a.target).sort()).toEqual(
        [first.id, second.id].sort(),
      );
      expect(await audit('decision.set')).toMatchObject([
        { target: 'claude', details: { status: 'approved' } },
      ]);
      const events = await t.db.selectFrom('webhook_events').select(['type']).execute();
      expect(events.filter((e) => e.type === 'request.answered')).toHaveLength(2);
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
    });

    it('prohibits for everyone on a denial, and a denial ends the exception an earlier approval granted', async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const mine = approvalRequest({ toolId: 'claude' });
      const theirs = approvalRequest({ toolId: 'claude' });
      await ada.caller.sync.push(push([mine]));
      await bob.caller.sync.push(push([theirs]));
      await admin.admin.requests.answer({ id: mine.id, status: 'approved', note: null });
      await admin.admin.requests.answer({ id: mine.id, status: 'denied', note: 'Changed my mind' });
      const pulled = await ada.caller.sync.pull(pull);
      if (pulled.unchanged) throw new Error('expected a config');
      expect(pulled.config.exceptions).toBeUndefined();
      expect((await admin.admin.exceptions.list({}))[0]).toMatchObject({ state: 'withdrawn' });

      await admin.admin.requests.answer({ id: theirs.id, status: 'denied', note: 'No', scope: 'everyone' });
      const decided = await bob.caller.sync.pull(pull);
      if (decided.unchanged) throw new Error('expected a config');
      expect(decided.config.decisions).toMatchObject([
        { toolId: 'claude', status: 'prohibited', enforcement: 'block' },
      ]);
    });
  });
}
