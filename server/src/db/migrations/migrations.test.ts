import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAll } from '../../audit/verify';
import { testPostgresUrl } from '../../env';
import { approvalRequest, registration } from '../../../testing/events';
import { createDatabase } from '../connect';
import type { DatabaseHandle } from '../connect';
import { createDevice, userForEmail } from '../repositories/devices.repository';
import { consumeEnrolmentToken, createEnrolmentToken } from '../repositories/enrolment-tokens.repository';
import { migrateToLatest } from '../migrate';
import { migrationProvider } from './index';

describe('migrations', () => {
  let handle: DatabaseHandle | null = null;
  afterEach(async () => handle?.close());

  it('0002 keeps every record made under 0001 while re-keying them by device', async () => {
    handle = createDatabase('sqlite::memory:');
    const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
    expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
    const now = Date.now();
    const enrol = await createEnrolmentToken(handle.db, { name: 'm' });
    const tokenId = (await consumeEnrolmentToken(handle.db, enrol.token, now))!;
    const userId = await userForEmail(handle.db, 'ada@example.com', now);
    const device = await createDevice(
      handle.db,
      { browser: 'chrome', browserVersion: '1', extensionVersion: '1' },
      userId,
      tokenId,
      now,
    );
    // Written as 0001 code did: a registration and a request row as they were keyed then (by hand:
    // today's ingest writes columns later migrations added).
    const events = [registration(), approvalRequest()] as const;
    const reg = events[0];
    const fields = {
      user_id: userId,
      tool_id: reg.toolId,
      purpose_category: reg.purposeCategory,
      purpose_text: reg.purposeText,
      data_classes: JSON.stringify(reg.dataClasses),
      affects_people: 0,
      withdrawn: 0,
      at: reg.at,
    };
    await handle.db
      .insertInto('registrations')
      .values({ id: reg.id, device_id: device.id, received_at: now, ...fields })
      .execute();
    await handle.db
      .insertInto('current_registrations')
      .values({ registration_id: reg.id, ...fields })
      .execute();
    const r = events[1];
    await handle.db
      .insertInto('requests')
      .values({
        id: r.id,
        kind: 'approval',
        user_id: userId,
        device_id: device.id,
        tool_id: r.toolId,
        reason: r.reason,
        status: 'pending',
        note: null,
        decided_by: null,
        decided_at: null,
        at: r.at,
        received_at: now,
      })
      .execute();
    await migrateToLatest(handle.db);
    expect(await handle.db.selectFrom('registrations').select('id').execute()).toEqual([
      { id: events[0].id },
    ]);
    expect(await handle.db.selectFrom('requests').select(['id', 'device_id']).execute()).toEqual([
      { id: events[1].id, device_id: device.id },
    ]);
    expect((await verifyAll(handle.db)).every((r) => r.ok)).toBe(true);
  });

  it.skipIf(!testPostgresUrl())('runs to the latest version on PostgreSQL twice without harm', async () => {
    const { openTestDatabase } = await import('../../../testing/databases');
    const t = await openTestDatabase('postgres');
    await migrateToLatest(t.db);
    const tables = await t.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toContain('requests');
    await t.close();
  });
});
