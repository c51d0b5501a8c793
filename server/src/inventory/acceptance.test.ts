import { beforeAll, describe, expect, it } from 'vitest';
import { gapsDataset } from '../evidence/gaps';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement, push, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { overview } from './overview';
import { inventoryTool, inventoryTools, inventoryToolsFromScratch } from './tools';

type Device = Awaited<ReturnType<ReturnType<typeof fixture>['device']>>;

// One definition of "accepted the current policy" (acceptance.ts): every figure that shows it agrees.
for (const dialect of dialects) {
  describe(`${dialect}: accepted the current policy, everywhere`, () => {
    const t = useTestDatabase(dialect, { reset: false });
    let admin: Awaited<ReturnType<ReturnType<typeof fixture>['callerFor']>>;
    let later: { ben: Device; dia: Device; v2: string };

    beforeAll(async () => {
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
      later = { ben: ben!, dia: dia!, v2: v2.sha256 };
    });

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

    // Its acceptances are reused per process while the chain head and its people stay the same.
    it("a tool's own row follows each acceptance and each new person of the tool", async () => {
      const now = Date.now();
      const row = async () => {
        const alone = (await inventoryTool(t.db, now, 'chatgpt'))!;
        const all = (await inventoryToolsFromScratch(t.db, now)).find((r) => r.toolId === 'chatgpt')!;
        expect(alone).toEqual(all);
        return [alone.users, alone.acknowledged];
      };
      expect(await row()).toEqual([4, 2]);
      expect(await row()).toEqual([4, 2]);
      await later.ben.caller.sync.push(push([acknowledgement(2, later.v2)]));
      expect(await row()).toEqual([4, 3]);
      // Dia accepted before she used any AI tool: she counts once she does.
      await later.dia.caller.sync.push(push([usage()]));
      expect(await row()).toEqual([5, 4]);
    });
  });
}
