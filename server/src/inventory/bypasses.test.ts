import { uuidv7 } from '@lantern/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../exports/datasets';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { push } from '../../testing/events';
import { fixture } from '../../testing/fixture';

const DAY = 86_400_000;

function justification(toolId: string, reason: string, daysAgo: number) {
  const at = Date.now() - daysAgo * DAY;
  return { id: uuidv7(at), at, kind: 'justification', toolId, reason };
}

for (const dialect of dialects) {
  describe(`${dialect}: bypasses (reasons given to open a prohibited tool)`, () => {
    const t = useTestDatabase(dialect, { reset: false });
    let admin: Awaited<ReturnType<ReturnType<typeof fixture>['callerFor']>>;
    let ada = '';
    let bo = '';

    beforeAll(async () => {
      const f = fixture(t);
      admin = await f.callerFor(await f.staffToken('admin'));
      const a = await f.device('ada@example.com');
      const b = await f.device('bo@example.com');
      const idOf = async (email: string) =>
        (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
      ada = await idOf('ada@example.com');
      bo = await idOf('bo@example.com');
      await a.caller.sync.push(
        push([
          justification('deepseek', 'Comparing translations for a customer', 1),
          justification('deepseek', 'Old reason', 20),
          justification('poe', 'Testing a prompt', 3),
        ]),
      );
      await b.caller.sync.push(push([justification('deepseek', 'Research for the board deck', 2)]));
    });

    it('lists reasons newest first, filtered by tool, person and period', async () => {
      const all = await admin.admin.inventory.bypasses({});
      expect(all.total).toBe(4);
      expect(all.rows.map((r) => r.reason)).toEqual([
        'Comparing translations for a customer',
        'Research for the board deck',
        'Testing a prompt',
        'Old reason',
      ]);
      expect(all.rows[1]).toMatchObject({ toolId: 'deepseek', userId: bo, person: 'bo@example.com' });

      const tool7 = await admin.admin.inventory.bypasses({ toolId: 'deepseek', days: 7 });
      expect(tool7.rows.map((r) => r.person)).toEqual(['ada@example.com', 'bo@example.com']);
      const person = await admin.admin.inventory.bypasses({ userId: ada, limit: 2 });
      expect(person.total).toBe(3);
      expect(person.rows.map((r) => r.toolId)).toEqual(['deepseek', 'poe']);
    });

    it('summarises the last 7 days for the overview', async () => {
      expect(await admin.admin.inventory.bypassSummary({})).toEqual({
        days: 7,
        reasons: 3,
        people: 2,
        tools: 2,
      });
    });

    it('exports the same filter, and refuses a filter it does not know', async () => {
      const data = await loadDataset(
        t.db,
        'justifications',
        Date.now(),
        new URLSearchParams({ tool: 'deepseek', days: '7' }),
      );
      expect(data.rows.map((r) => r.reason)).toEqual([
        'Research for the board deck',
        'Comparing translations for a customer',
      ]);
      await expect(
        loadDataset(t.db, 'justifications', Date.now(), new URLSearchParams({ days: 'week' })),
      ).rejects.toThrow(/days/);
      await expect(admin.admin.inventory.bypasses({ days: 0 })).rejects.toThrow();
    });

    it('is for staff only', async () => {
      const device = await fixture(t).device('cy@example.com');
      await expect(device.caller.admin.inventory.bypasses({})).rejects.toThrow(
        /FORBIDDEN|UNAUTHORIZED|admin/i,
      );
    });
  });
}
