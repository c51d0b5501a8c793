import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, the inventory fresh right after a write: `inventory_changes`, an
 * append-only log of which tools' inventory figures a transaction may have changed, written by
 * triggers on every table the inventory list reads per tool. A process that computed the list
 * (server/src/inventory/cache.ts) recomputes after a write only the tools logged since, instead of
 * all of them; any process sharing the database sees the rows of every other one.
 *
 * - `tool_id`: the tool, or `*` (the policy or acceptances changed: every tool's figures may have)
 *   or `#devices` (a browser was enrolled, removed or revoked: the overview's device count).
 * - SQLite: `seq` orders the rows as their transactions committed (one writer at a time); a reader
 *   reads the rows after the last `seq` it saw.
 * - PostgreSQL: `txid` is the writing transaction; a reader keeps the snapshot it computed at and
 *   reads the rows of transactions that snapshot did not see. Statement triggers with transition
 *   tables write one row per tool and statement, and the log is only ever appended to, so writers
 *   never wait on each other for it.
 * - `at` (epoch ms, the database's clock): ingest deletes rows older than an hour now and then; a
 *   reader whose figures are older than half an hour recomputes them all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

/** Tables the list reads per tool, with their tool column. */
const PER_TOOL: ReadonlyArray<readonly [string, string]> = [
  ['tool_counts', 'tool_id'],
  ['tool_last_days', 'tool_id'],
  ['tool_days', 'tool_id'],
  ['tool_signals', 'tool_id'],
  ['embedded_sites', 'tool_id'],
  ['current_registrations', 'tool_id'],
  ['requests', 'tool_id'],
  ['decisions', 'tool_id'],
  ['org_tools', 'id'],
];
/** Tables whose change may move every tool's figures (the current policy, who accepted it). */
const EVERY_TOOL = ['policy_versions', 'acknowledgements'];
const OPS = ['insert', 'update', 'delete'] as const;

export async function up(db: AnyDb): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

async function upSqlite(db: AnyDb): Promise<void> {
  await sql`create table inventory_changes (
    seq integer primary key autoincrement,
    tool_id text not null,
    at integer not null default (cast((julianday('now') - 2440587.5) * 86400000 as integer)))`.execute(db);
  await sql`create index inventory_changes_at on inventory_changes (at)`.execute(db);
  const log = (value: string) => `insert into inventory_changes (tool_id) values (${value});`;
  for (const [table, column] of PER_TOOL)
    for (const op of OPS) {
      const row = op === 'delete' ? 'old' : 'new';
      const body =
        op === 'update'
          ? `${log(`new.${column}`)} insert into inventory_changes (tool_id) select old.${column} where old.${column} <> new.${column};`
          : log(`${row}.${column}`);
      await sql
        .raw(`create trigger ${table}_inventory_${op} after ${op} on ${table} begin ${body} end`)
        .execute(db);
    }
  for (const table of EVERY_TOOL)
    for (const op of OPS)
      await sql
        .raw(`create trigger ${table}_inventory_${op} after ${op} on ${table} begin ${log(`'*'`)} end`)
        .execute(db);
  for (const op of ['insert', 'delete'])
    await sql
      .raw(`create trigger devices_inventory_${op} after ${op} on devices begin ${log(`'#devices'`)} end`)
      .execute(db);
  await sql
    .raw(
      `create trigger devices_inventory_update after update of revoked_at on devices
       when old.revoked_at is not new.revoked_at begin ${log(`'#devices'`)} end`,
    )
    .execute(db);
}

async function upPostgres(db: AnyDb): Promise<void> {
  await sql`create table inventory_changes (
    txid xid8 not null default pg_current_xact_id(),
    tool_id text not null,
    at bigint not null default (extract(epoch from clock_timestamp()) * 1000)::bigint)`.execute(db);
  await sql`create index inventory_changes_txid on inventory_changes (txid)`.execute(db);
  await sql`create index inventory_changes_at on inventory_changes (at)`.execute(db);
  const trigger = async (table: string, op: (typeof OPS)[number], select: string) => {
    const name = `${table}_inventory_${op}`;
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$
         begin insert into inventory_changes (tool_id) ${select}; return null; end $$`,
      )
      .execute(db);
    const tables =
      op === 'update'
        ? 'old table as old_rows new table as new_rows'
        : op === 'delete'
          ? 'old table as old_rows'
          : 'new table as new_rows';
    await sql
      .raw(
        `create trigger ${name} after ${op} on ${table} referencing ${tables}
         for each statement execute function ${name}()`,
      )
      .execute(db);
  };
  for (const [table, column] of PER_TOOL)
    for (const op of OPS)
      await trigger(
        table,
        op,
        op === 'update'
          ? `select ${column} from new_rows union select ${column} from old_rows`
          : `select distinct ${column} from ${op === 'delete' ? 'old_rows' : 'new_rows'}`,
      );
  for (const table of EVERY_TOOL)
    for (const op of OPS)
      await trigger(
        table,
        op,
        `select '*' where exists (select 1 from ${op === 'delete' ? 'old_rows' : 'new_rows'})`,
      );
  await trigger('devices', 'insert', `select '#devices' where exists (select 1 from new_rows)`);
  await trigger('devices', 'delete', `select '#devices' where exists (select 1 from old_rows)`);
  // Every push updates its browser's row; only a change of revoked_at moves the count.
  await trigger(
    'devices',
    'update',
    `select '#devices' where exists (select 1 from new_rows n join old_rows o on o.id = n.id
       where o.revoked_at is distinct from n.revoked_at)`,
  );
}
