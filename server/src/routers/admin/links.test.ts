import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { ENROL } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

const codeOf = (path: string) => path.split('#code=')[1]!;

for (const dialect of dialects) {
  describe(`${dialect}: personal enrolment links`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    let admin: Awaited<ReturnType<typeof f.callerFor>>;
    beforeAll(async () => {
      f = fixture(t);
    });
    beforeEach(async () => {
      admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.directory.import({
        csv: 'email,department\nada@example.com,Finance\nbob@example.com,Sales\n',
      });
    });

    const enrolWith = (personalLink: string) =>
      f.anonymous.device.enroll({ ...ENROL, userEmail: 'mallory@example.com', personalLink });

    it('enrols the browser as the person the link was made for, once, stored only as a hash', async () => {
      const [link] = await admin.admin.links.create({ emails: ['Ada@Example.com'] });
      expect(link!.path).toMatch(/^\/auth\/link#code=[A-Za-z0-9_-]{43}$/);
      const code = codeOf(link!.path);
      expect(JSON.stringify(await t.db.selectFrom('personal_links').selectAll().execute())).not.toContain(
        code,
      );
      const device = await enrolWith(code);
      const row = await t.db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .select(['users.email', 'users.identity_assurance as person', 'devices.identity_assurance as dev'])
        .where('devices.id', '=', device.deviceId)
        .executeTakeFirstOrThrow();
      // The email the request claimed is ignored: the link's counts.
      expect(row).toEqual({ email: 'ada@example.com', person: 'personal-link', dev: 'personal-link' });
      expect((await admin.admin.devices.list({})).rows).toMatchObject([
        { identityAssurance: 'personal-link' },
      ]);
      await expect(enrolWith(code)).rejects.toThrow('already used to set up a browser');
      // A verified person cannot gain a self-asserted browser through the shared token any more.
      const enrollmentToken = await f.enrolmentToken();
      await expect(
        f.anonymous.device.enroll({ ...ENROL, enrollmentToken, userEmail: 'ada@example.com' }),
      ).rejects.toThrow('verified identity');
    });

    it('refuses an unknown, a replaced and an expired link with the reason, and enrols nothing', async () => {
      await expect(enrolWith('A'.repeat(43))).rejects.toThrow('not known here');
      const [first] = await admin.admin.links.create({ emails: ['bob@example.com'] });
      const [second] = await admin.admin.links.create({ emails: ['bob@example.com'], days: 1 });
      await expect(enrolWith(codeOf(first!.path))).rejects.toThrow('replaced by a newer one');
      await t.db
        .updateTable('personal_links')
        .set({ expires_at: Date.now() - 1 })
        .execute();
      await expect(enrolWith(codeOf(second!.path))).rejects.toThrow('has expired');
      expect(await t.db.selectFrom('devices').selectAll().execute()).toEqual([]);
    });

    it('two browsers racing for one link: exactly one is enrolled', async () => {
      const [link] = await admin.admin.links.create({ emails: ['ada@example.com'] });
      const results = await Promise.allSettled([
        enrolWith(codeOf(link!.path)),
        enrolWith(codeOf(link!.path)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await t.db.selectFrom('devices').selectAll().execute()).toHaveLength(1);
    });

    it('makes links only for directory people; in bulk for those without a browser', async () => {
      await expect(admin.admin.links.create({ emails: ['eve@example.com'] })).rejects.toThrow(
        'not in the people directory: eve@example.com',
      );
      await expect(admin.admin.links.create({ emails: ['ada@example.com'], days: 31 })).rejects.toThrow();
      const [ada] = await admin.admin.links.create({ emails: ['ada@example.com'] });
      await enrolWith(codeOf(ada!.path));
      const bulk = await admin.admin.links.createForUnenrolled({});
      expect(bulk.map((l) => l.email)).toEqual(['bob@example.com']);
      expect(await admin.admin.links.createForUnenrolled({ department: 'Finance' })).toEqual([]);
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      await expect(auditor.admin.links.create({ emails: ['bob@example.com'] })).rejects.toThrow();
      const audit = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
      expect(audit).toContain('personalLink.create');
      expect(audit).not.toContain('bob@example.com');
    });
  });
}
