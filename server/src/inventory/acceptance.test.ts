import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsDataset } from '../evidence/gaps';
import { dialects, openTestDatabase } from '../../testing/databases';
import type { TestDatabase } from '../../testing/databases';
import { acknowledgement, push, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { overview } from './overview';
import { inventoryTools } from './tools';

// One definition of "accepted the current policy" (acceptance.ts): every figure that shows it agrees.
for (const dialect of dialects) {
  describe(`${dialect}: accepted the current policy, everywhere`, () => {
    let t: TestDatabase;
    let admin: Awaited<ReturnType<ReturnType<typeof fixture>['callerFor']>>;

    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      const f = fixture(t);
      admin = await f.callerFor(await f.staffToken('admin'));
      const body = (n: number) => ({
        title: 'AI use',
        body: `# Rules v${n}\nBe careful.`,
        changeSummary: null,
      });
      const v1 = await admin.admin.policies.publish(body(1));
      const [ana, ben, cai, dia, eli] = await Promise.all(
        ['ana', 'ben', 'cai', 'dia', 'eli'].map((n) => f.device(`${n}@example.com`)),
      );
      // Ana and Ben accept v1; Cai uses AI and never accepts; Dia accepts without using any AI tool.
      for (const d of [ana!, ben!]) await d.caller.sync.push(push([usage(), acknowledgement(1, v1.sha256)]));
      await cai!.caller.sync.push(push([usage()]));
      await new Promise((r) => setTimeout(r, 5));
      const v2 = await admin.admin.policies.publish(body(2));
      await new Promise((r) => setTimeout(r, 5));
      // Ana and Eli accept v2; Ben stays on v1.
      await ana!.caller.sync.push(push([acknowledgement(2, v2.sha256)]));
      await eli!.caller.sync.push(push([usage(), acknowledgement(2, v2.sha256)]));
      await dia!.caller.sync.push(push([acknowledgement(2, v2.sha256)]));
    });
    afterAll(async () => t.close());

    it('the overview, the Policies page, the People list, the evidence gaps and the rollout agree', async () => {
      const now = Date.now();
      const o = await overview(t.db, now);
      expect(o.coverage).toEqual({ accepted: 2, users: 4, share: 0.5 });

      const list = await admin.admin.policies.list();
      expect(list.map((v) => [v.version, v.acceptedBy, v.people])).toEqual([
        [2, 2, 4],
        [1, 2, 4],
      ]);

      const people = await admin.admin.inventory.users({});
      const accepted = people.rows.filter((r) => r.acceptedCurrentPolicy).map((r) => r.person);
      expect(accepted.sort()).toEqual(['ana@example.com', 'eli@example.com']);
      expect(people.total).toBe(o.coverage.users);

      // The evidence pack's gap: people with a browser who did not accept (Dia accepted; she is no gap).
      const gaps = (await gapsDataset(t.db, now, await inventoryTools(t.db, now))).rows
        .filter((g) => g.kind === 'policy-not-accepted')
        .map((g) => g.person);
      expect(gaps.sort()).toEqual(['ben@example.com', 'cai@example.com']);
      expect(gaps.length).toBe(o.coverage.users - o.coverage.accepted);

      const rollout = await admin.admin.policies.rollout({ days: 3 });
      expect(rollout.points.at(-1)).toMatchObject({
        version: 2,
        accepted: 2,
        previous: 1,
        inGrace: 0,
        never: 1,
        people: 4,
      });
    });

    it('counts people on the earlier version as in grace while a grace period runs', async () => {
      await admin.admin.settings.update({ policyGraceDays: 14 });
      const rollout = await admin.admin.policies.rollout({ days: 1 });
      expect(rollout.points).toHaveLength(1);
      expect(rollout.points[0]).toMatchObject({ accepted: 2, inGrace: 1, previous: 0, never: 1 });
      expect(rollout.current?.graceUntil).toBe(rollout.current!.publishedAt + 14 * 86_400_000);
      await expect(admin.admin.settings.update({ policyGraceDays: 0 })).rejects.toThrow(/policyGraceDays/);
      await admin.admin.settings.update({ policyGraceDays: null });
      expect((await admin.admin.policies.rollout({ days: 1 })).points[0]).toMatchObject({
        previous: 1,
        inGrace: 0,
      });
    });
  });
}
