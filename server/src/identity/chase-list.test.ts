import { describe, expect, it } from 'vitest';
import { loadDataset } from '../exports/datasets';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement, push, registration } from '../../testing/events';
import { fixture } from '../../testing/fixture';

/** The People page's chase list (issue 17, item 4), including directory people who never enrolled. */
for (const dialect of dialects) {
  describe(`${dialect}: chase list`, () => {
    const t = useTestDatabase(dialect);

    async function setUp() {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.directory.import({
        csv: 'email,department\nada@example.com,Finance\nbob@example.com,Sales\ncarol@example.com,Sales\ndan@example.com,Finance\n',
      });
      const v1 = await admin.admin.policies.publish({ title: 'AI use', body: '# v1', changeSummary: null });
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const eve = await f.device('eve@example.com');
      await ada.caller.sync.push(push([acknowledgement(v1.version, v1.sha256)]));
      await eve.caller.sync.push(push([acknowledgement(v1.version, v1.sha256)]));
      const v2 = await admin.admin.policies.publish({ title: 'AI use', body: '# v2', changeSummary: null });
      await ada.caller.sync.push(push([acknowledgement(v2.version, v2.sha256)]));
      await admin.admin.decisions.set({
        toolId: 'chatgpt',
        status: 'conditional',
        enforcement: 'inform',
        conditions: 'No customer data',
        allowedDataClasses: ['public'],
        alternativeToolId: null,
      });
      await bob.caller.sync.push(push([registration({ dataClasses: ['personal'] })]));
      return admin;
    }

    const people = (rows: { person: string }[]) => rows.map((r) => r.person);

    it('filters by what people still owe, by department, and lists directory people with no browser', async () => {
      const admin = await setUp();
      const chase = (
        filter: 'all' | 'not-accepted-current' | 'never-accepted' | 'beyond-allowed' | 'no-browser',
        department?: string,
      ) => admin.admin.directory.chase({ filter, department });
      const all = await chase('all');
      expect(all.rows.map((r) => [r.person, r.department, r.assurance, r.browsers])).toEqual([
        ['ada@example.com', 'Finance', 'self-asserted', 1],
        ['dan@example.com', 'Finance', null, 0],
        ['bob@example.com', 'Sales', 'self-asserted', 1],
        ['carol@example.com', 'Sales', null, 0],
        ['eve@example.com', null, 'self-asserted', 1],
      ]);
      expect(all.departments).toEqual(['Finance', 'Sales']);
      expect(people((await chase('not-accepted-current')).rows)).toEqual([
        'dan@example.com',
        'bob@example.com',
        'carol@example.com',
        'eve@example.com',
      ]);
      expect(people((await chase('never-accepted')).rows)).toEqual([
        'dan@example.com',
        'bob@example.com',
        'carol@example.com',
      ]);
      expect(people((await chase('beyond-allowed')).rows)).toEqual(['bob@example.com']);
      expect(people((await chase('no-browser', 'Sales')).rows)).toEqual(['carol@example.com']);
      const page = await admin.admin.directory.chase({ filter: 'all', limit: 2, offset: 2 });
      expect([page.total, people(page.rows)]).toEqual([5, ['bob@example.com', 'carol@example.com']]);
    });

    it('exports the same view as CSV columns, and shows pseudonyms in pseudonymous mode', async () => {
      const admin = await setUp();
      const data = await loadDataset(
        t.db,
        'people',
        Date.now(),
        new URLSearchParams({ filter: 'no-browser', department: 'Finance' }),
      );
      expect(data.columns).toContain('identity_assurance');
      expect(data.rows).toEqual([
        {
          person: 'dan@example.com',
          department: 'Finance',
          identity_assurance: 'no browser enrolled yet',
          browsers: 0,
          accepted_current_policy: false,
          ever_accepted: false,
          data_beyond_allowed: false,
        },
      ]);
      await admin.admin.settings.update({ privacyMode: 'pseudonymous' });
      const hidden = await admin.admin.directory.chase({ filter: 'all' });
      expect(hidden.total).toBe(5);
      expect(JSON.stringify(hidden.rows)).not.toContain('example.com');
    });
  });
}
