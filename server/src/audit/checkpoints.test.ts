import { generateKeyPairSync, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { canonicalJson as canonicalJsonForTests } from './canonical';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgement } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { rehashChain } from '../../testing/rehash';
import { checkpointDue } from './checkpoint-schedule';
import { keyIdOf } from './checkpoint-keys';
import { latestCheckpoints, writeCheckpoints, type Checkpoint } from './checkpoints';
import { verifyCheckpoints } from './verify-checkpoints';
import { verifyAll } from './verify';

/**
 * Security finding 9, second half: whoever could write the database could rehash everything and
 * `audit verify` said ok. Signed checkpoints kept elsewhere now catch that rewrite.
 */
const lines = (cs: Checkpoint[]) => cs.map((c) => JSON.stringify(c)).join('\n');

for (const dialect of dialects) {
  describe(`${dialect}: signed checkpoints of the chain heads`, () => {
    const t = useTestDatabase(dialect);
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    async function organisation() {
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'P',
        body: '# Use AI well',
        changeSummary: null,
      });
      const ada = await f.device('ada@example.com');
      const ack = () => acknowledgement(policy.version, policy.sha256, { at: Date.now() });
      await ada.caller.sync.push({ protocolVersion: PROTOCOL_VERSION, events: [ack(), ack()] });
      return { more: () => ada.caller.sync.push({ protocolVersion: PROTOCOL_VERSION, events: [ack()] }) };
    }

    it('a checkpoint of each chain verifies, and still does after the chains grow', async () => {
      const org = await organisation();
      const kept = await writeCheckpoints(t.db);
      expect(kept.map((c) => [c.chain, c.seq])).toEqual([
        ['acknowledgements', 2],
        ['audit_log', 1],
      ]);
      await org.more();
      const checks = await verifyCheckpoints(t.db, lines(kept));
      expect(checks.map((c) => c.ok)).toEqual([true, true]);
      expect(await latestCheckpoints(t.db)).toEqual(kept);
    });

    it('a full rehash after an edit passes the walk but fails the kept checkpoint, naming it', async () => {
      await organisation();
      const kept = await writeCheckpoints(t.db);
      await t.db.updateTable('acknowledgements').set({ policy_version: 7 }).where('seq', '=', 1).execute();
      await rehashChain(t.db, 'acknowledgements');
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true); // self-consistent again
      const [acks, audit] = await verifyCheckpoints(t.db, lines(kept));
      expect(acks).toMatchObject({
        ok: false,
        checkpoint: { chain: 'acknowledgements', seq: 2 },
        reason: expect.stringContaining('no longer extends it'),
      });
      expect(audit?.ok).toBe(true);
    });

    it('refuses a forged or altered checkpoint', async () => {
      await organisation();
      const [real] = await writeCheckpoints(t.db);
      const altered = { ...real!, seq: 1 };
      const stranger = generateKeyPairSync('ed25519');
      const keyId = keyIdOf(stranger.publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const body = { ...real!, keyId };
      const forged = {
        ...body,
        signature: sign(
          null,
          Buffer.from(`lantern-checkpoint\n${canonicalJsonForTests(body)}`),
          stranger.privateKey,
        ).toString('base64'),
      };
      const flipped = {
        ...real!,
        signature: Buffer.from(
          Buffer.from(real!.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b)),
        ).toString('base64'),
      };
      const checks = await verifyCheckpoints(t.db, lines([altered, forged, flipped]));
      expect(checks.map((c) => c.reason)).toEqual([
        expect.stringContaining('forged or altered'),
        expect.stringContaining('which this server does not hold'),
        expect.stringContaining('forged or altered'),
      ]);
    });

    it('scheduled checkpoints: concurrent writers (several server processes) write each one once', async () => {
      await organisation();
      const now = Date.now();
      const due = (l: { seq: number; at: number } | undefined, s: number) => checkpointDue(l, s, now);
      await Promise.all([
        writeCheckpoints(t.db, now, due),
        writeCheckpoints(t.db, now, due),
        writeCheckpoints(t.db, now, due),
      ]);
      expect(await t.db.selectFrom('chain_checkpoints').select('chain').orderBy('chain').execute()).toEqual([
        { chain: 'acknowledgements' },
        { chain: 'audit_log' },
      ]);
      expect(
        await writeCheckpoints(t.db, now + 3_600_000, (l, s) => checkpointDue(l, s, now + 3_600_000)),
      ).toEqual([]);
      expect(
        await writeCheckpoints(t.db, now + 86_400_000, (l, s) => checkpointDue(l, s, now + 86_400_000)),
      ).toHaveLength(2);
    });
  });
}
