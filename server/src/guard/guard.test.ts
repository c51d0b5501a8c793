import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7, type DecisionInput, type EventOf } from '@lantern/shared';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { push } from '../../testing/events';
import { fixture } from '../../testing/fixture';

let clock = Date.UTC(2026, 10, 23, 9);
function guard(over: Partial<EventOf<'data_guard'>> = {}): EventOf<'data_guard'> {
  const at = (clock += 1000);
  return {
    id: uuidv7(at),
    at,
    kind: 'data_guard',
    toolId: 'chatgpt',
    day: '2026-11-23',
    dataClass: 'personal',
    warnings: 1,
    pastedAnyway: 0,
    ...over,
  };
}

const DECISION: DecisionInput = {
  toolId: 'chatgpt',
  status: 'conditional',
  enforcement: 'acknowledge',
  conditions: 'No customer data',
  allowedDataClasses: ['public', 'internal'],
  alternativeToolId: null,
};

for (const dialect of dialects) {
  describe(`${dialect}: the data guard on the server`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    const admin = async () => f.callerFor(await f.staffToken('admin'));
    const pull = async (d: Awaited<ReturnType<typeof f.device>>) => {
      const out = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      if (out.unchanged) throw new Error('expected a config');
      return out.config;
    };

    it('is off by default, and reaches browsers only for tools chosen once the organisation turns it on', async () => {
      const a = await admin();
      await a.admin.decisions.set(DECISION);
      await a.admin.decisions.set({ ...DECISION, toolId: 'claude' });
      const d = await f.device();
      expect((await pull(d)).decisions.every((x) => x.dataGuard === undefined)).toBe(true);

      await a.admin.guard.update({ toolIds: ['chatgpt'] });
      expect((await pull(d)).decisions.every((x) => x.dataGuard === undefined)).toBe(true);

      await a.admin.guard.update({ enabled: true });
      const on = await pull(d);
      expect(on.decisions.find((x) => x.toolId === 'chatgpt')?.dataGuard).toBe(true);
      expect(on.decisions.find((x) => x.toolId === 'claude')?.dataGuard).toBeUndefined();
    });

    it('only an admin turns it on; an auditor or a device cannot', async () => {
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.guard.update({ enabled: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const d = await f.device();
      await expect(d.caller.admin.guard.update({ enabled: true })).rejects.toBeDefined();
    });

    it('keeps day totals exactly once: resends and older totals change nothing', async () => {
      const d = await f.device();
      const first = guard({ warnings: 3, pastedAnyway: 1 });
      await d.caller.sync.push(push([first, guard({ dataClass: 'confidential', warnings: 2 })]));
      const again = await d.caller.sync.push(push([first]));
      expect(again.duplicates).toBe(1);
      await d.caller.sync.push(
        push([guard({ warnings: 2, pastedAnyway: 1 }), guard({ warnings: 5, pastedAnyway: 2 })]),
      );
      const rows = await t.db
        .selectFrom('guard_days')
        .select(['data_class', 'warnings', 'pasted_anyway'])
        .orderBy('data_class')
        .execute();
      expect(rows.map((r) => [r.data_class, Number(r.warnings), Number(r.pasted_anyway)])).toEqual([
        ['confidential', 2, 0],
        ['personal', 5, 2],
      ]);
    });

    it('refuses a total for a tool that does not exist, storing nothing of the batch', async () => {
      const d = await f.device();
      await expect(d.caller.sync.push(push([guard(), guard({ toolId: 'no-such-tool' })]))).rejects.toThrow(
        /events\[1\]\.toolId/,
      );
      expect(await t.db.selectFrom('guard_days').selectAll().execute()).toHaveLength(0);
    });

    it('reports per tool, day and person, and flags personal data pasted into a tool not approved for it', async () => {
      const a = await admin();
      await a.admin.decisions.set(DECISION);
      await a.admin.decisions.set({ ...DECISION, toolId: 'claude', allowedDataClasses: ['personal'] });
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      await ada.caller.sync.push(
        push([
          guard({ warnings: 4, pastedAnyway: 2 }),
          guard({ toolId: 'claude', warnings: 3, pastedAnyway: 3 }),
        ]),
      );
      await bob.caller.sync.push(
        push([
          guard({ warnings: 1, pastedAnyway: 1 }),
          guard({ toolId: 'gemini', dataClass: 'confidential', warnings: 1, pastedAnyway: 1 }),
        ]),
      );
      const report = await a.admin.guard.report({ days: 366 });
      expect(report.series).toContainEqual({
        toolId: 'chatgpt',
        day: '2026-11-23',
        dataClass: 'personal',
        warnings: 5,
        pastedAnyway: 3,
        people: 2,
      });
      // claude allows personal data; gemini saw only confidential data: neither is flagged.
      expect(report.flags).toEqual([
        { toolId: 'chatgpt', status: 'conditional', pastedAnyway: 3, people: 2 },
      ]);
      expect(report.people[0]).toMatchObject({
        person: 'ada@example.com',
        toolId: 'claude',
        pastedAnyway: 3,
      });
    });

    it('shows people by pseudonym in pseudonymous mode', async () => {
      const a = await admin();
      await a.admin.settings.update({ privacyMode: 'pseudonymous' });
      const d = await f.device('ada@example.com');
      await d.caller.sync.push(push([guard()]));
      const report = await a.admin.guard.report({ days: 366 });
      expect(report.people).toHaveLength(1);
      expect(report.people[0]!.person).not.toContain('ada');
    });
  });
}
