import { PROTOCOL_VERSION } from '@lantern/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { approvalRequest, push } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const HOUR = 3_600_000;

for (const dialect of dialects) {
  describe(`${dialect}: the requests queue`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
    });

    it('groups pending approval requests by tool, oldest first, with counts of requests and people', async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const now = Date.now();
      await ada.caller.sync.push(
        push([
          approvalRequest({ toolId: 'gemini', at: now - 2 * HOUR }),
          approvalRequest({ toolId: 'claude', at: now - 30 * HOUR }),
          approvalRequest({ toolId: 'claude', at: now - 3 * HOUR }),
        ]),
      );
      await bob.caller.sync.push(push([approvalRequest({ toolId: 'claude', at: now - 5 * HOUR })]));
      const queue = await admin.admin.requests.queue();
      expect(queue).toEqual([
        {
          toolId: 'claude',
          decision: null,
          pending: 3,
          people: 2,
          oldestAt: now - 30 * HOUR,
          newestAt: now - 3 * HOUR,
        },
        {
          toolId: 'gemini',
          decision: null,
          pending: 1,
          people: 1,
          oldestAt: now - 2 * HOUR,
          newestAt: now - 2 * HOUR,
        },
      ]);
      const oldestFirst = await admin.admin.requests.list({
        status: 'pending',
        toolId: 'claude',
        order: 'asc',
      });
      expect(oldestFirst.rows.map((r) => r.at)).toEqual([now - 30 * HOUR, now - 5 * HOUR, now - 3 * HOUR]);
    });

    it('answers many at once, each for its own requester, each audited; all or nothing', async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const a = approvalRequest({ toolId: 'claude' });
      const b = approvalRequest({ toolId: 'claude' });
      await ada.caller.sync.push(push([a]));
      await bob.caller.sync.push(push([b]));
      const refs = [
        { id: a.id, deviceId: ada.deviceId },
        { id: b.id, deviceId: bob.deviceId },
      ];
      // One unknown request: nothing is answered.
      await expect(
        admin.admin.requests.answerMany({
          requests: [...refs, { id: 'nope', deviceId: ada.deviceId }],
          status: 'approved',
          note: null,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await admin.admin.requests.queue())[0]).toMatchObject({ pending: 2 });

      await admin.admin.requests.answerMany({ requests: refs, status: 'approved', note: 'Go ahead' });
      expect(await admin.admin.requests.queue()).toEqual([]);
      for (const d of [ada, bob]) {
        const pulled = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
        if (pulled.unchanged) throw new Error('expected a config');
        expect(pulled.config.exceptions).toMatchObject([{ toolId: 'claude', note: 'Go ahead' }]);
      }
      const audited = await t.db.selectFrom('audit_log').select(['action', 'target']).execute();
      expect(
        audited
          .filter((r) => r.action === 'request.approved')
          .map((r) => r.target)
          .sort(),
      ).toEqual([a.id, b.id].sort());
      expect(audited.filter((r) => r.action === 'request.answerMany')).toHaveLength(1);
    });
  });
}
