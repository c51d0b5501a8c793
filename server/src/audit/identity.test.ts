import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { rehashChain } from '../../testing/rehash';
import { identityKey, personIdentity } from './identity';
import { verifyAll } from './verify';

/**
 * Security finding 9, first half: the acknowledgement hash covered a random user_id, so
 * `UPDATE users SET email = …` moved a person's acceptances to someone else with nothing to
 * recompute. Each link now hashes the person's keyed identity (audit/identity.ts).
 */
for (const dialect of dialects) {
  describe(`${dialect}: the acknowledgement chain covers the person`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    async function accepted() {
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'P',
        body: '# Use AI well',
        changeSummary: null,
      });
      const ada = await f.device('ada@example.com');
      await f.device('bob@example.com');
      await ada.caller.sync.push({
        protocolVersion: PROTOCOL_VERSION,
        events: [acknowledgement(policy.version, policy.sha256, { at: Date.now() })],
      });
      const chain = async () => Object.fromEntries((await verifyAll(t.db)).map((r) => [r.chain, r]));
      return { chain };
    }

    it('links hash the keyed identity of the person who accepted', async () => {
      const { chain } = await accepted();
      expect((await chain()).acknowledgements).toMatchObject({ ok: true, records: 1 });
      const link = await t.db
        .selectFrom('acknowledgements')
        .select(['person', 'user_id'])
        .executeTakeFirstOrThrow();
      const key = await identityKey(t.db);
      expect(link.person).toBe(personIdentity(key, { id: link.user_id, email: 'ada@example.com' }));
      // The stored link names no one: an HMAC, never the email (a hex digest may spell 'ada' by chance).
      expect(link.person).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
      expect(link.person).not.toContain('ada@example.com');
    });

    it('re-attributing acceptances with UPDATE users SET email breaks audit verify', async () => {
      const { chain } = await accepted();
      await t.db
        .updateTable('users')
        .set({ email: 'mallory@example.com' })
        .where('email', '=', 'ada@example.com')
        .execute();
      expect((await chain()).acknowledgements).toMatchObject({
        ok: false,
        firstBroken: { seq: 1, reason: expect.stringContaining('identity changed') },
      });
    });

    it('moving a link to another user_id breaks it, even with every hash recomputed', async () => {
      const { chain } = await accepted();
      const bob = await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'bob@example.com')
        .executeTakeFirstOrThrow();
      await t.db.updateTable('acknowledgements').set({ user_id: bob.id }).execute();
      await rehashChain(t.db, 'acknowledgements');
      expect((await chain()).acknowledgements?.ok).toBe(false);
    });

    it('a link past the identity rule that drops its person is refused, even rehashed', async () => {
      const { chain } = await accepted();
      await t.db.updateTable('acknowledgements').set({ person: null }).execute();
      await rehashChain(t.db, 'acknowledgements');
      expect((await chain()).acknowledgements).toMatchObject({
        ok: false,
        firstBroken: { reason: expect.stringContaining('does not name its person') },
      });
    });
  });
}
