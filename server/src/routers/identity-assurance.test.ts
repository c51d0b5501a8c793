import { describe, expect, it } from 'vitest';
import { markVerified } from '../db/repositories/identity.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { ENROL, acknowledgement, push } from '../../testing/events';
import { jsonRow, loadDataset } from '../exports/datasets';
import { fixture } from '../../testing/fixture';

/**
 * The forged-colleague attack in shared-token mode (no identity provider): an employee holding the
 * organisation's enrolment token enrols a second browser as a colleague. It cannot be prevented
 * there, so it must be visible; and once the colleague's identity is verified it is refused.
 */
for (const dialect of dialects) {
  describe(`${dialect}: identity assurance of token enrolment`, () => {
    const t = useTestDatabase(dialect);

    async function assurance(email: string) {
      return t.db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .select(['users.identity_assurance as person', 'devices.identity_assurance as device'])
        .where('users.email', '=', email)
        .execute();
    }

    it('records a token enrolment as self-asserted, for the device and the person', async () => {
      const f = fixture(t);
      await f.device('alice@example.com');
      expect(await assurance('alice@example.com')).toEqual([
        { person: 'self-asserted', device: 'self-asserted' },
      ]);
    });

    it('shows a forged acceptance as self-asserted in the acknowledgements export', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'AI use',
        body: '# Rules',
        changeSummary: null,
      });
      // An employee holding the organisation's token enrols a browser as a colleague and accepts for them.
      const forged = await f.device('colleague@example.com');
      await forged.caller.sync.push(push([acknowledgement(1, policy.sha256)]));
      const exported = await loadDataset(t.db, 'acknowledgements');
      expect(exported.columns).toContain('identity_assurance');
      expect(exported.rows).toMatchObject([
        { person: 'colleague@example.com', identity_assurance: 'self-asserted' },
      ]);
      // JSON exports and the evidence pack's JSON name it as docs/evidence.md does.
      expect(exported.rows.map(jsonRow)).toMatchObject([
        { person: 'colleague@example.com', identityAssurance: 'self-asserted' },
      ]);
      expect(exported.rows.map(jsonRow)[0]).not.toHaveProperty('identity_assurance');
    });

    it('refuses a self-asserted enrolment for a person whose identity was verified, and keeps their records', async () => {
      const f = fixture(t);
      await f.device('alice@example.com');
      const alice = await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'alice@example.com')
        .executeTakeFirstOrThrow();
      await markVerified(t.db, alice.id, 'oidc');
      const enrollmentToken = await f.enrolmentToken();
      await expect(
        f.anonymous.device.enroll({ ...ENROL, enrollmentToken, userEmail: 'Alice@Example.com' }),
      ).rejects.toThrow('this person has a verified identity');
      expect(await t.db.selectFrom('devices').selectAll().execute()).toHaveLength(1);
    });

    it('never lowers a verified person back to a weaker assurance', async () => {
      const f = fixture(t);
      await f.device('bob@example.com');
      const bob = await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'bob@example.com')
        .executeTakeFirstOrThrow();
      await markVerified(t.db, bob.id, 'oidc');
      await markVerified(t.db, bob.id, 'personal-link');
      const row = await t.db
        .selectFrom('users')
        .select('identity_assurance')
        .where('id', '=', bob.id)
        .executeTakeFirstOrThrow();
      expect(row.identity_assurance).toBe('oidc');
    });
  });
}
