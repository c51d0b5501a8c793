import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. AI literacy (issue 19, EU AI Act Art. 4): learning modules in content-hashed
 * versions, the rules saying who needs which module for which tools, and completions — from a
 * browser or imported from an LMS — appended to their own hash chain (`literacy_completions`),
 * like acknowledgements. Completions name the person by `email` (lower-case) so an LMS import counts
 * for someone whose browser has not enrolled yet; `user_id` is set when a browser recorded it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

// eslint-disable-next-line max-lines-per-function -- a frozen schema declaration: one table after another, read top to bottom
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('literacy_modules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('archived_at', 'bigint')
    .execute();
  await db.schema
    .createTable('literacy_module_versions')
    .addColumn('module_id', 'text', (c) => c.notNull().references('literacy_modules.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('course_url', 'text')
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('pass_mark', 'integer')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('literacy_module_versions_pk', ['module_id', 'version'])
    .execute();
  await db.schema
    .createTable('literacy_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('module_id', 'text', (c) => c.notNull().references('literacy_modules.id'))
    .addColumn('tool_id', 'text')
    .addColumn('tool_category', 'text')
    .addColumn('decision_status', 'text')
    .addColumn('data_class', 'text')
    .addColumn('annex_iii', 'integer', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('due_days', 'integer', (c) => c.notNull())
    .addColumn('renewal_days', 'integer')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('removed_at', 'bigint')
    .execute();
  await db.schema
    .createTable('literacy_completions')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('user_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('module_id', 'text', (c) => c.notNull())
    .addColumn('module_version', 'integer', (c) => c.notNull())
    .addColumn('module_sha256', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('tool_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('identity_assurance', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('literacy_completions_email_module')
    .on('literacy_completions')
    .columns(['email', 'module_id', 'at'])
    .execute();
  await db.schema
    .createIndex('literacy_completions_user_module')
    .on('literacy_completions')
    .columns(['user_id', 'module_id', 'at'])
    .execute();
  await db
    .insertInto('chain_heads')
    .values({ name: 'literacy_completions', seq: 0, hash: '0'.repeat(64), identity_from_seq: 1 })
    .execute();
}
