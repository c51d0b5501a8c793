import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db } from '../../db/database';

/**
 * Hand-written statements for the ingest path: about 15 per transaction, whatever the number of
 * events (the per-event code ran about 8 per usage event). Each text is constant — no Kysely
 * query building and compiling per call, and on SQLite the statement cache reuses the prepared
 * statement — because rows go in as one parameter whatever their number: a JSON array read with
 * `json_each` on SQLite, one array per column read with `unnest` on PostgreSQL. So PostgreSQL
 * gets one round trip per table, not per row.
 */
export type IngestDialect = 'sqlite' | 'postgres';

export function dialectOf(db: Db): IngestDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export type SqlValue = string | number | null;
export type ColumnType = 'text' | 'bigint';

/** `?` placeholders become `$1`, `$2`, … on PostgreSQL. The texts are constant, so converted once. */
const numbered = new Map<string, string>();
function forDialect(dialect: IngestDialect, text: string): string {
  if (dialect === 'sqlite') return text;
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numbered.set(text, out);
  }
  return out;
}

export class Statements {
  readonly dialect: IngestDialect;

  constructor(private readonly db: Db) {
    this.dialect = dialectOf(db);
  }

  async all<R>(text: string, params: readonly unknown[]): Promise<R[]> {
    const res = await this.db.executeQuery<R>(CompiledQuery.raw(forDialect(this.dialect, text), [...params]));
    return res.rows;
  }

  async run(text: string, params: readonly unknown[]): Promise<number> {
    const res = await this.db.executeQuery(CompiledQuery.raw(forDialect(this.dialect, text), [...params]));
    return Number(res.numAffectedRows ?? 0);
  }

  /**
   * A set of rows as a relation `r` with the given columns (`r.<name>`), in the order given — which
   * is the order PostgreSQL takes row locks in, so callers pass rows sorted by key. Use as
   * `select … from ${rows.from} where true order by ${rows.order}`; `params` go where `from` is.
   */
  rows(columns: ReadonlyArray<readonly [string, ColumnType]>, rows: ReadonlyArray<readonly SqlValue[]>) {
    if (this.dialect === 'sqlite') {
      const list = columns.map(([name], i) => `r.value ->> ${i} as ${name}`).join(', ');
      return {
        from: `(select ${list}, r.key as ord from json_each(?) as r) as r`,
        order: 'r.ord',
        params: [JSON.stringify(rows)] as unknown[],
      };
    }
    const arrays = columns.map(([, type]) => `cast(? as ${type}[])`).join(', ');
    const names = columns.map(([name]) => name).join(', ');
    return {
      from: `unnest(${arrays}) with ordinality as r(${names}, ord)`,
      order: 'r.ord',
      params: columns.map((_, i) => rows.map((row) => row[i] ?? null)) as unknown[],
    };
  }

  /**
   * Joins each row of `r` to the row of `table` (as `u`) matching `match`, found through the
   * table's primary key, one lookup per row. SQLite loops over the left side of a `cross join`;
   * PostgreSQL, without statistics on a young table, would rather hash the whole table, so there
   * each lookup is a `lateral` subquery (`limit 1` keeps it from being flattened into a join).
   * Use as `select … from ${rows.from} ${lookup(…)}` with nothing after it.
   */
  lookup(table: string, columns: readonly string[], match: string): string {
    if (this.dialect === 'sqlite') return `cross join ${table} as u where ${match}`;
    const list = columns.map((c) => `u.${c}`).join(', ');
    return `cross join lateral (select ${list} from ${table} as u where ${match} limit 1) as u`;
  }
}
