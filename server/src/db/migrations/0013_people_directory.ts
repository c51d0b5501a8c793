import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. The people directory (issue 14, step 5): who works where, from a CSV import,
 * an admin adding people one by one, or the claims of an OpenID Connect sign-in. Keyed by the
 * lower-cased email, so a person can be in the directory before their first browser enrols; the
 * inventory joins it to `users.email`. Coverage reports group by `department`, chase lists by
 * `manager_email`. `source` says where the row last came from: `csv`, `manual` or `oidc`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('department', 'text')
    .addColumn('manager_email', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_department').on('people').column('department').execute();
}
