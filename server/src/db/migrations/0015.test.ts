import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../connect';
import { migrateToLatest } from '../migrate';
import { getConfigVersion } from '../repositories/config.repository';
import { createDevice, userForEmail } from '../repositories/devices.repository';
import { consumeEnrolmentToken, createEnrolmentToken } from '../repositories/enrolment-tokens.repository';
import { migrationProvider } from './index';

/** Approvals made before exceptions existed keep opening the tool: each one in force becomes an exception. */
describe('migration 0015 and approvals given before it', () => {
  let handle: DatabaseHandle | null = null;
  afterEach(async () => handle?.close());

  it('turns approvals still in force into exceptions without an end, and nothing else', async () => {
    handle = createDatabase('sqlite::memory:');
    const db = handle.db;
    const migrator = new Migrator({ db, provider: migrationProvider });
    expect((await migrator.migrateTo('0013_people_directory')).error).toBeUndefined();
    const now = Date.now();
    const enrol = await createEnrolmentToken(db, { name: 'm' });
    const userId = await userForEmail(db, 'ada@example.com', now);
    const info = { browser: 'chrome', browserVersion: '1', extensionVersion: '1' } as const;
    const device = await createDevice(
      db,
      info,
      userId,
      (await consumeEnrolmentToken(db, enrol.token, now))!,
      now,
    );
    const decision = (toolId: string, at: number) => ({
      tool_id: toolId,
      status: 'prohibited',
      enforcement: 'block',
      conditions: null,
      allowed_data_classes: '[]',
      alternative_tool_id: null,
      decided_by: 'admin',
      decided_at: at,
      company_workspace: null,
    });
    // claude: approved after its decision (in force); gemini: prohibited again after the approval.
    await db
      .insertInto('decisions')
      .values([decision('claude', now - 5000), decision('gemini', now - 1000)])
      .execute();
    const request = (
      id: string,
      toolId: string,
      status: 'approved' | 'denied' | 'pending',
      decidedAt: number | null,
    ) => ({
      id,
      kind: 'approval' as const,
      user_id: userId,
      device_id: device.id,
      tool_id: toolId,
      reason: 'r',
      status,
      note: status === 'approved' ? 'OK' : null,
      decided_by: decidedAt === null ? null : 'admin:old',
      decided_at: decidedAt,
      at: now - 10_000,
      received_at: now - 10_000,
    });
    await db
      .insertInto('requests')
      .values([
        request('r-claude', 'claude', 'approved', now - 2000),
        request('r-gemini', 'gemini', 'approved', now - 2000),
        request('r-perplexity', 'perplexity', 'approved', now - 2000),
        request('r-denied', 'mistral', 'denied', now - 2000),
        request('r-pending', 'deepseek', 'pending', null),
      ])
      .execute();
    const before = await getConfigVersion(db);

    await migrateToLatest(db);
    const rows = await db.selectFrom('tool_exceptions').selectAll().orderBy('tool_id').execute();
    expect(rows).toMatchObject([
      {
        tool_id: 'claude',
        user_id: userId,
        request_id: 'r-claude',
        note: 'OK',
        granted_by: 'admin:old',
        until: null,
      },
      { tool_id: 'perplexity', request_id: 'r-perplexity', until: null, revoked_at: null },
    ]);
    expect(Number(rows[0]!.granted_at)).toBe(now - 2000);
    // Browsers must pull the exceptions even when nothing else changed.
    expect(await getConfigVersion(db)).toBe(before + 1);
  });
});
