import type { Kysely } from 'kysely';

/** FROZEN, part of migration 0001 (see ingest.ts for the rules). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

// eslint-disable-next-line max-lines-per-function -- a frozen schema declaration: one table after another, read top to bottom
export async function records(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('purpose_category', 'text')
    .addColumn('purpose_text', 'text')
    .addColumn('data_classes', 'text', (c) => c.notNull())
    .addColumn('affects_people', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('current_registrations')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('registration_id', 'text', (c) => c.notNull())
    .addColumn('purpose_category', 'text')
    .addColumn('purpose_text', 'text')
    .addColumn('data_classes', 'text', (c) => c.notNull())
    .addColumn('affects_people', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('current_registrations_pk', ['user_id', 'tool_id'])
    .execute();
  await db.schema
    .createIndex('current_registrations_tool')
    .on('current_registrations')
    .column('tool_id')
    .execute();
  await db.schema
    .createTable('acknowledgements')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('policy_version', 'bigint', (c) => c.notNull())
    .addColumn('policy_sha256', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text')
    .addColumn('conditions_sha256', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('acknowledgements_user')
    .on('acknowledgements')
    .columns(['user_id', 'policy_version'])
    .execute();
  await db.schema
    .createTable('justifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requests_user').on('requests').column('user_id').execute();
  await db.schema.createIndex('requests_status').on('requests').columns(['status', 'tool_id']).execute();
}

export async function config(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('config_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('config_version').values({ id: 1, version: 1 }).execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const decisionColumns = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('tool_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('enforcement', 'text', (c) => c.notNull())
      .addColumn('conditions', 'text')
      .addColumn('allowed_data_classes', 'text', (c) => c.notNull())
      .addColumn('alternative_tool_id', 'text')
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'bigint', (c) => c.notNull());
  await decisionColumns('decisions').addPrimaryKeyConstraint('decisions_pk', ['tool_id']).execute();
  await decisionColumns('decision_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .execute();
  await db.schema
    .createIndex('decision_history_tool')
    .on('decision_history')
    .columns(['tool_id', 'decided_at'])
    .execute();
  await db.schema
    .createTable('policy_versions')
    .addColumn('version', 'bigint', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('change_summary', 'text')
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('org_tools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function audit(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('chain_heads')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  const genesis = '0'.repeat(64);
  await db
    .insertInto('chain_heads')
    .values([
      { name: 'acknowledgements', seq: 0, hash: genesis },
      { name: 'audit_log', seq: 0, hash: genesis },
    ])
    .execute();
}
