import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { GENESIS_HASH } from '../src/audit/canonical';
import type { Database } from '../src/db/database';
import { createDatabase } from '../src/db/connect';
import type { DatabaseHandle } from '../src/db/connect';
import type { DialectName } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { testPostgresUrl } from '../src/env';

/** SQLite always; PostgreSQL too when LANTERN_TEST_POSTGRES_URL is set. */
export const dialects: DialectName[] = testPostgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL, the URL plus the schema, so child processes can open the same database. */
  url: string;
  schema: string | null;
  /** Empties every table and restores the migration's initial rows: cheap isolation between tests. */
  reset(): Promise<void>;
}

// Children before parents, so foreign keys never object.
const TABLES = [
  'literacy_completions',
  'literacy_rules',
  'literacy_module_versions',
  'literacy_modules',
  'webhook_attempts',
  'webhook_deliveries',
  'webhook_events',
  'webhook_endpoint_events',
  'webhook_endpoints',
  'event_feed',
  'reported_tool_reporters',
  'reported_tools',
  'self_report_quota',
  'org_tool_keys',
  'oidc_flows',
  'enrolment_grants',
  'sessions',
  'seen_events',
  'usage_days',
  'usage_day_groups',
  'guard_days',
  'embedded_days',
  'device_extensions',
  'registrations',
  'current_registrations',
  'acknowledgements',
  'justifications',
  'tool_exceptions',
  'requests',
  'devices',
  'users',
  'people',
  'personal_links',
  'enrollment_tokens',
  'api_tokens',
  'tool_days',
  'tool_user_days',
  'tool_users',
  'tool_devices',
  'tool_signals',
  'tool_counts',
  'tool_last_days',
  'tool_day_people',
  'person_seen',
  'people_last_days',
  'person_weeks',
  'week_people',
  'embedded_sites',
  'settings',
  'decisions',
  'decision_history',
  'policy_versions',
  'org_tools',
  'audit_log',
  'chain_checkpoints',
  'checkpoint_keys',
  'catalog_releases',
  'tool_overrides',
] as const;

async function reset(db: Kysely<Database>): Promise<void> {
  for (const table of TABLES) await db.deleteFrom(table).execute();
  await db.updateTable('config_version').set({ version: 1 }).execute();
  await db.updateTable('chain_heads').set({ seq: 0, hash: GENESIS_HASH, identity_from_seq: 1 }).execute();
}

/**
 * A fresh, migrated database. On PostgreSQL each one lives in its own new schema, dropped on close,
 * so test files running in parallel never see each other's rows.
 */
export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const handle = createDatabase('sqlite::memory:');
    await migrateToLatest(handle.db);
    return { ...handle, url: 'sqlite::memory:', schema: null, reset: () => reset(handle.db) };
  }
  const url = testPostgresUrl();
  if (!url) throw new Error('LANTERN_TEST_POSTGRES_URL is not set');
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = createDatabase(url, { schema, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    schema,
    reset: () => reset(handle.db),
    async close() {
      await handle.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}
