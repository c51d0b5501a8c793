import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Data rights and the SIEM feed (issue 16, items 3 and 5):
 * - `users.erased_at`: when the person's data was erased at their request (GDPR Art. 17). Their
 *   acknowledgement links keep the stored `person` hash; `audit verify` accepts it without
 *   recomputing it from the (now erased) email, and only for a user the audit log records erasing.
 * - `event_feed`: the SIEM cursor's total order (siem/feed.ts). Each record gets a feed position
 *   once it is committed and visible, assigned under a lock, so positions only ever grow in the
 *   order readers can see them: a consumer paging by position never skips or repeats a record.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('erased_at', 'bigint').execute();
  // Every person label looks up the (few) erased people: a partial index keeps that off the whole table.
  await db.schema
    .createIndex('users_erased')
    .on('users')
    .columns(['id', 'erased_at'])
    .where(sql.ref('erased_at'), 'is not', null)
    .execute();
  await db.schema
    .createTable('event_feed')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('event_feed_kind_ref')
    .unique()
    .on('event_feed')
    .columns(['kind', 'ref'])
    .execute();
}
