import type { DecisionInput } from '@lantern/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { push, registration } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

// Issue 17 item 8: a registration with data beyond what the tool's decision allows is stored with its
// flag and marked on the tool and person pages — also when the browser left the flag out.

const decide = (toolId: string, allowedDataClasses: DecisionInput['allowedDataClasses']): DecisionInput => ({
  toolId,
  status: 'conditional',
  enforcement: 'acknowledge',
  conditions: 'No customer data',
  allowedDataClasses,
  alternativeToolId: null,
});

for (const dialect of dialects) {
  describe(`${dialect}: registrations with data beyond what is allowed`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<ReturnType<typeof fixture>['callerFor']>>['admin'];
    beforeAll(async () => {
      f = fixture(t);
    });
    const userIdOf = async (email: string) =>
      (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    beforeEach(async () => {
      admin = (await f.callerFor(await f.staffToken('admin'))).admin;
    });

    it('stores the flag the browser sent and marks the registration on the tool and person pages', async () => {
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      await ada.caller.sync.push(
        push([registration({ dataClasses: ['internal', 'personal'], dataBeyondAllowed: true })]),
      );
      await bob.caller.sync.push(push([registration({ dataClasses: ['internal'] })]));
      const [stored] = await t.db
        .selectFrom('current_registrations')
        .innerJoin('users', 'users.id', 'current_registrations.user_id')
        .select(['data_beyond_allowed', 'users.email'])
        .where('users.email', '=', 'ada@example.com')
        .execute();
      expect(Number(stored?.data_beyond_allowed)).toBe(1);

      const tool = await admin.inventory.tool({ toolId: 'chatgpt' });
      const flags = Object.fromEntries(tool.registrations.map((r) => [r.person, r.dataBeyondAllowed]));
      expect(flags).toEqual({ 'ada@example.com': true, 'bob@example.com': false });

      const adaPage = await admin.inventory.user({ userId: await userIdOf('ada@example.com') });
      expect(adaPage.registrations.map((r) => r.dataBeyondAllowed)).toEqual([true]);
      const bobPage = await admin.inventory.user({ userId: await userIdOf('bob@example.com') });
      expect(bobPage.registrations.map((r) => r.dataBeyondAllowed)).toEqual([false]);
    });

    it('marks data beyond the current decision even when the browser did not say so', async () => {
      await admin.decisions.set(decide('chatgpt', ['public', 'internal']));
      const ada = await f.device('ada@example.com');
      await ada.caller.sync.push(push([registration({ dataClasses: ['internal', 'confidential'] })]));
      const tool = await admin.inventory.tool({ toolId: 'chatgpt' });
      expect(tool.registrations.map((r) => r.dataBeyondAllowed)).toEqual([true]);
      // Widening the decision takes the mark away from a registration the browser did not flag.
      await admin.decisions.set(decide('chatgpt', ['public', 'internal', 'confidential']));
      const widened = await admin.inventory.tool({ toolId: 'chatgpt' });
      expect(widened.registrations.map((r) => r.dataBeyondAllowed)).toEqual([false]);
    });

    it('refuses a flag that is not a boolean, and stores nothing of that push', async () => {
      const ada = await f.device('ada@example.com');
      const bad = { ...registration(), dataBeyondAllowed: 'yes' };
      await expect(ada.caller.sync.push(push([bad]))).rejects.toThrow(/dataBeyondAllowed/);
      const rows = await t.db.selectFrom('registrations').select('id').execute();
      expect(rows).toEqual([]);
    });
  });
}
