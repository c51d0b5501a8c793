import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Personal enrolment links (issue 14, step 3): without an identity provider, an
 * admin makes a single-use, expiring link for one person; the browser that redeems it first becomes a
 * `personal-link` device of that person. Only the SHA-256 of the link's secret is stored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('personal_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Lower-cased; the person the device will belong to.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('redeemed_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    // The device the redemption created (no foreign key: devices are never deleted, links may be).
    .addColumn('device_id', 'text')
    .execute();
  await db.schema.createIndex('personal_links_email').on('personal_links').column('email').execute();
}
