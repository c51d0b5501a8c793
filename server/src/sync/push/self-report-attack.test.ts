import { beforeAll, describe, expect, it } from 'vitest';
import { HostnameSchema, PROTOCOL_VERSION, createClassifier } from '@lantern/shared';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { push, selfReport } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

/**
 * Security finding 1 (issue 23): one employee's self-reports used to become organisation tools that
 * every browser counted and showed the notice on. A self-report is now a report for an admin to
 * review; nothing any other browser pulls changes.
 */
for (const dialect of dialects) {
  describe(`${dialect}: a self-report changes nothing in any other browser`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    const pull = (d: Awaited<ReturnType<typeof f.device>>) =>
      d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });

    it('refuses a bare public suffix as a hostname, in the schema and on push', async () => {
      for (const host of ['com', 'co.uk', 'localhost', '10.0.0.1'])
        expect(HostnameSchema.safeParse(host).success, host).toBe(false);
      expect(HostnameSchema.safeParse('union-members.example.org').success).toBe(true);
      const mallory = await f.device('mallory@example.com');
      await expect(
        mallory.caller.sync.push(push([selfReport({ name: 'Everything', hostname: 'com' })])),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    });

    it("leaves a colleague's pulled config, classifier and config version as they were", async () => {
      const mallory = await f.device('mallory@example.com');
      const ada = await f.device('ada@example.com');
      const before = await pull(ada);
      const reports = [
        selfReport({ name: 'Union', hostname: 'union-members.example.org' }),
        selfReport({ name: 'Rogue Claude', hostname: 'claude.ai', category: 'chat' }),
        selfReport({ name: 'No host at all', hostname: null }),
      ];
      const out = await mallory.caller.sync.push(push(reports));
      expect(out.stored).toEqual(reports.map((r) => r.id));
      expect(out.configVersion).toBe(before.configVersion);

      const after = await pull(ada);
      expect(after).toEqual(before);
      if (after.unchanged) throw new Error('expected a full config');
      const classifier = createClassifier(after.config.tools);
      expect(classifier.classifyUrl('claude.ai')?.toolId).toBe('claude');
      expect(classifier.classifyUrl('union-members.example.org')).toBeNull();
      expect(await t.db.selectFrom('org_tools').select('id').execute()).toEqual([]);
      expect(await t.db.selectFrom('decisions').select('tool_id').execute()).toEqual([]);
    });

    it("keeps the reporter's own requests and queues the unknown tools for review", async () => {
      const mallory = await f.device('mallory@example.com');
      await mallory.caller.sync.push(
        push([
          selfReport({ name: 'Union', hostname: 'union-members.example.org' }),
          selfReport({ name: 'Rogue Claude', hostname: 'claude.ai' }),
        ]),
      );
      const requests = await t.db
        .selectFrom('requests')
        .select(['kind', 'tool_id', 'status'])
        .where('device_id', '=', mallory.deviceId)
        .orderBy('tool_id')
        .execute();
      // A hostname the catalog knows is a report about that catalog tool, not a new tool.
      expect(requests.map((r) => [r.kind, r.status])).toEqual([
        ['self_report', 'pending'],
        ['self_report', 'pending'],
      ]);
      expect(requests.some((r) => r.tool_id === 'claude')).toBe(true);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const queue = await admin.admin.reports.list({});
      expect(queue.rows.map((r) => [r.hostname, r.people, r.status])).toEqual([
        ['union-members.example.org', 1, 'open'],
      ]);
    });
  });
}
