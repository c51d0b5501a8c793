import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { chainHash } from '../../audit/canonical';
import { verifyAll } from '../../audit/verify';
import { pushEvents } from '../../sync/push/push';
import { acknowledgement } from '../../../testing/events';
import { createDatabase, type DatabaseHandle } from '../connect';
import { migrateToLatest } from '../migrate';
import { createDevice, userForEmail } from '../repositories/devices.repository';
import { consumeEnrolmentToken, createEnrolmentToken } from '../repositories/enrolment-tokens.repository';
import { migrationProvider } from './index';

/** A chain written before 0005 keeps verifying under its old rule; links from then on must name the person. */
describe('migration 0005 and chains written before it', () => {
  let handle: DatabaseHandle | null = null;
  afterEach(async () => handle?.close());

  it('old links verify as they were hashed, new ones carry the person, and a rewrite to the old rule is refused', async () => {
    handle = createDatabase('sqlite::memory:');
    const db = handle.db;
    expect(
      (await new Migrator({ db, provider: migrationProvider }).migrateTo('0003_inventory_indexes')).error,
    ).toBeUndefined();
    const now = Date.now();
    const enrol = await createEnrolmentToken(db, { name: 'm' });
    const userId = await userForEmail(db, 'ada@example.com', now);
    const device = await createDevice(
      db,
      { browser: 'chrome', browserVersion: '1', extensionVersion: '1' },
      userId,
      (await consumeEnrolmentToken(db, enrol.token, now))!,
      now,
    );
    const sha = 'a'.repeat(64);
    await db
      .insertInto('policy_versions')
      .values({
        version: 1,
        title: 'P',
        body: 'b',
        sha256: sha,
        change_summary: null,
        published_by: 't',
        published_at: now - 60_000,
      })
      .execute();
    // One link exactly as the code before 0005 wrote it: no person in the hashed record.
    const old = {
      id: 'old-ack',
      user_id: userId,
      device_id: device.id,
      policy_version: 1,
      policy_sha256: sha,
      tool_id: null,
      conditions_sha256: null,
      at: now - 1000,
      received_at: now,
    };
    const hash = chainHash('0'.repeat(64), { seq: 1, ...old });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table had no person column yet
    await (db as any)
      .insertInto('acknowledgements')
      .values({ seq: 1, ...old, prev_hash: '0'.repeat(64), hash })
      .execute();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- nor the identity rule
    await (db as any)
      .updateTable('chain_heads')
      .set({ seq: 1, hash })
      .where('name', '=', 'acknowledgements')
      .execute();

    await migrateToLatest(db);
    const head = await db
      .selectFrom('chain_heads')
      .selectAll()
      .where('name', '=', 'acknowledgements')
      .executeTakeFirstOrThrow();
    expect(Number(head.identity_from_seq)).toBe(2);
    await pushEvents(db, { deviceId: device.id, userId }, [acknowledgement(1, sha, { at: now })], now);
    const links = await db.selectFrom('acknowledgements').select(['seq', 'person']).orderBy('seq').execute();
    expect(links.map((l) => [Number(l.seq), l.person === null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await verifyAll(db))[0]).toMatchObject({ ok: true, records: 2 });

    // An old link cannot be given a person afterwards: that changes what it hashes.
    await db
      .updateTable('acknowledgements')
      .set({ person: 'hmac-sha256:' + '0'.repeat(64) })
      .where('seq', '=', 1)
      .execute();
    expect((await verifyAll(db))[0]).toMatchObject({ ok: false, firstBroken: { seq: 1 } });
  });
});
