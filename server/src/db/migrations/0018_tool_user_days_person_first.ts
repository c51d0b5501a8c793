import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `tool_user_days` keyed person first, (user, day,
 * tool), instead of (tool, user, day). One device's push writes one person's days, so its rows now
 * land on neighbouring pages of the key instead of one page per tool all over it — the table was the
 * costliest statement of a push (docs/performance.md). On SQLite the table becomes WITHOUT ROWID: the
 * key is the table, one b-tree fewer to write per row. The two indexes the inventory reads, (tool,
 * day) and (day, user), stay with their names. Every row is copied: old data reads as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const next = 'tool_user_days_v2';
  let create = db.schema
    .createTable(next)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tool_user_days_person_pk', ['user_id', 'day', 'tool_id']);
  if (sqlite) create = create.modifyEnd(sql`without rowid`);
  await create.execute();
  await sql`insert into ${sql.table(next)} (user_id, day, tool_id)
    select user_id, day, tool_id from tool_user_days order by user_id, day, tool_id`.execute(db);
  await db.schema.dropTable('tool_user_days').execute();
  await db.schema.alterTable(next).renameTo('tool_user_days').execute();
  await db.schema
    .createIndex('tool_user_days_tool_day')
    .on('tool_user_days')
    .columns(['tool_id', 'day'])
    .execute();
  await db.schema
    .createIndex('tool_user_days_day_user')
    .on('tool_user_days')
    .columns(['day', 'user_id'])
    .execute();
}
