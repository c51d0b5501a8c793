import type { Kysely } from 'kysely';

/**
 * FROZEN: never edit a migration that has shipped; add 0002_*. Only dialect-neutral types: text,
 * bigint for epoch milliseconds and counters, integer for booleans, JSON as text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function auth(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('enrollment_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .addColumn('max_uses', 'bigint')
    .addColumn('uses', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('enrollment_token_id', 'text', (c) => c.notNull().references('enrollment_tokens.id'))
    .addColumn('browser', 'text', (c) => c.notNull())
    .addColumn('browser_version', 'text', (c) => c.notNull())
    .addColumn('extension_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint')
    .addColumn('extensions_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('devices_user').on('devices').column('user_id').execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('csrf_hash', 'text', (c) => c.notNull())
    .addColumn('api_token_id', 'text', (c) => c.notNull().references('api_tokens.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .execute();
}

export async function events(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('seen_events')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('seen_events_pk', ['device_id', 'event_id'])
    .execute();
  await db.schema
    .createTable('usage_days')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('signal', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('visits', 'bigint', (c) => c.notNull())
    .addColumn('active_seconds', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_days_pk', ['device_id', 'tool_id', 'signal', 'day'])
    .execute();
  await db.schema.createIndex('usage_days_day').on('usage_days').column('day').execute();
  await db.schema
    .createTable('embedded_days')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('initiator_host', 'text', (c) => c.notNull())
    .addColumn('endpoint_host', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('requests', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('embedded_days_pk', ['device_id', 'tool_id', 'initiator_host', 'day'])
    .execute();
  await db.schema
    .createTable('device_extensions')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('extension_id', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_extensions_pk', ['device_id', 'extension_id'])
    .execute();
}

export async function aggregates(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tool_days')
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('visits', 'bigint', (c) => c.notNull())
    .addColumn('active_seconds', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_days_pk', ['tool_id', 'day'])
    .execute();
  await db.schema
    .createTable('tool_user_days')
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_user_days_pk', ['tool_id', 'user_id', 'day'])
    .execute();
  await db.schema.createIndex('tool_user_days_day').on('tool_user_days').column('day').execute();
  for (const [table, key] of [
    ['tool_users', 'user_id'],
    ['tool_devices', 'device_id'],
    ['tool_signals', 'signal'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('tool_id', 'text', (c) => c.notNull())
      .addColumn(key, 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['tool_id', key])
      .execute();
  }
  await db.schema
    .createTable('embedded_sites')
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('initiator_host', 'text', (c) => c.notNull())
    .addColumn('requests', 'bigint', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('embedded_sites_pk', ['tool_id', 'initiator_host'])
    .execute();
}
