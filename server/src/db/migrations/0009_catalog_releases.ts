import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. The catalog as data: the signed releases this server installed (the newest
 * one is in use; earlier rows stay as the record of what was installed when), and the
 * organisation's overrides of catalog tools, keyed by catalog tool id so they outlive any release.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('catalog_releases')
    .addColumn('version', 'bigint', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('tool_count', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // The whole release as received; null on older rows once a newer one is installed (only the
    // newest is ever served, and a 10x catalog is several megabytes).
    .addColumn('body', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('installed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('catalog_releases_sha256').on('catalog_releases').column('sha256').execute();

  await db.schema
    .createTable('tool_overrides')
    .addColumn('tool_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('add_domains', 'text', (c) => c.notNull())
    .addColumn('remove_domains', 'text', (c) => c.notNull())
    .addColumn('retired', 'integer', (c) => c.notNull())
    .addColumn('not_ai', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('tool_overrides').execute();
  await db.schema.dropTable('catalog_releases').execute();
}
