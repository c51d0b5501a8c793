import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';

const GOOD = [
  'email,name,department,manager',
  'Ada@Example.com,Ada Lovelace,Finance,grace@example.com',
  'grace@example.com,"Hopper, Grace",Engineering,',
  'linus@example.com,,,',
].join('\n');

for (const dialect of dialects) {
  describe(`${dialect}: people directory`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
    });

    const people = () => t.db.selectFrom('people').selectAll().orderBy('email').execute();

    it('imports a CSV, lower-casing emails, and lists it with departments', async () => {
      expect(await admin.admin.directory.import({ csv: GOOD, dryRun: true })).toMatchObject({
        wouldImport: 3,
      });
      expect(await people()).toEqual([]);
      expect(await admin.admin.directory.import({ csv: GOOD })).toMatchObject({ imported: 3 });
      expect(await people()).toMatchObject([
        {
          email: 'ada@example.com',
          name: 'Ada Lovelace',
          department: 'Finance',
          manager_email: 'grace@example.com',
          source: 'csv',
        },
        { email: 'grace@example.com', name: 'Hopper, Grace', department: 'Engineering', manager_email: null },
        { email: 'linus@example.com', name: null, department: null },
      ]);
      const list = await admin.admin.directory.list({});
      expect(list.total).toBe(3);
      expect(list.departments).toEqual(['Engineering', 'Finance']);
      const finance = await admin.admin.directory.list({ department: 'Finance' });
      expect(finance.rows.map((r) => r.email)).toEqual(['ada@example.com']);
    });

    it('reads semicolon-separated files with a byte order mark, as spreadsheets save them', async () => {
      const csv = '\ufeffEmail;Department\nada@example.com;Finance\n';
      expect(await admin.admin.directory.import({ csv })).toMatchObject({ imported: 1 });
      expect(await people()).toMatchObject([{ email: 'ada@example.com', department: 'Finance' }]);
    });

    it('names every bad row with its line and stores nothing', async () => {
      const csv = [
        'email,name,department,manager',
        'ada@example.com,Ada,Finance,',
        'not-an-email,Bob,,',
        'ada@example.com,Ada again,,',
        'carol@example.com,Carol,Sales,her boss',
        `dave@example.com,${'x'.repeat(201)},,`,
        'erin@example.com,Erin,,,extra',
      ].join('\n');
      const out = await admin.admin.directory.import({ csv });
      expect(out.imported).toBe(0);
      expect(out.problems).toEqual([
        { line: 3, message: '"not-an-email" is not an email address' },
        { line: 4, message: 'ada@example.com appears more than once' },
        { line: 5, message: 'manager "her boss" is not an email address' },
        { line: 6, message: 'name is longer than 200 characters' },
        { line: 7, message: '5 fields where the header has 4' },
      ]);
      expect(await people()).toEqual([]);
    });

    it('refuses a file without the email column, an unknown column, an unreadable or empty file', async () => {
      const cases: [string, RegExp][] = [
        ['name,department\nAda,Finance\n', /no "email" column/],
        ['email,phone\nada@example.com,123\n', /unknown column\(s\) "phone"/],
        ['email,name\nada@example.com,"Ada\n', /not a readable CSV file/],
        ['', /the file is empty/],
        ['email,name\n', /no people/],
      ];
      for (const [csv, message] of cases) {
        const out = await admin.admin.directory.import({ csv });
        expect(out.problems[0]?.message).toMatch(message);
      }
      expect(await people()).toEqual([]);
      await expect(admin.admin.directory.import({ csv: 'x'.repeat(2_000_002) })).rejects.toThrow();
    });

    it('adds, edits and removes one person; only admins change the directory', async () => {
      await admin.admin.directory.put({ email: 'Ada@example.com', name: 'Ada', department: 'Finance' });
      await admin.admin.directory.put({ email: 'ada@example.com', name: 'Ada L', department: 'Legal' });
      expect(await people()).toMatchObject([
        { email: 'ada@example.com', name: 'Ada L', department: 'Legal', source: 'manual' },
      ]);
      await expect(
        admin.admin.directory.put({ email: 'ada@example.com', managerEmail: 'ada@example.com' }),
      ).rejects.toThrow('their own manager');
      await expect(admin.admin.directory.put({ email: 'no email' })).rejects.toThrow('not an email address');
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.directory.remove({ email: 'ada@example.com' })).rejects.toThrow();
      expect((await auditor.admin.directory.list({})).total).toBe(1);
      await admin.admin.directory.remove({ email: 'ADA@example.com' });
      expect(await people()).toEqual([]);
      await expect(admin.admin.directory.remove({ email: 'ada@example.com' })).rejects.toThrow(
        'not in the directory',
      );
      const audit = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
      expect(audit).toContain('directory.put');
      expect(audit).not.toContain('ada@example.com');
    });

    it('withholds names, emails and managers in pseudonymous mode', async () => {
      await admin.admin.directory.import({ csv: GOOD });
      await admin.admin.settings.update({ privacyMode: 'pseudonymous' });
      const list = await admin.admin.directory.list({});
      expect(list.pseudonymous).toBe(true);
      expect(JSON.stringify(list.rows)).not.toMatch(/example\.com|Lovelace/);
      expect(list.rows.map((r) => r.department)).toEqual(['Engineering', 'Finance', null]);
    });
  });
}
