import { CompiledQuery, PostgresAdapter, type SqliteDatabase } from 'kysely';
import type { Db } from '../../db/database';

/**
 * Hand-written statements for the ingest path: about 15 per transaction, whatever the number of
 * events (the per-event code ran about 8 per usage event). Each text is constant — no Kysely
 * query building and compiling per call, and on SQLite the statement cache reuses the prepared
 * statement — because rows go in as one parameter whatever their number: a JSON array read with
 * `json_each` on SQLite, one array per column read with `unnest` on PostgreSQL. So PostgreSQL
 * gets one round trip per table, not per row. On SQLite there is no round trip to save, and the
 * hottest tables' rows go one prepared statement run per row instead (`perRow`, insertRows,
 * findRows): cheaper than building and reading the JSON.
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

type Columns = ReadonlyArray<readonly [string, ColumnType]>;

/**
 * The statements' texts for one row each (`perRow`), by their set-based text: built once per shape.
 */
const rowTexts = new Map<string, string>();

export class Statements {
  readonly dialect: IngestDialect;
  /**
   * SQLite only, given by the caller that holds the transaction's connection (push.ts): rows then go
   * one prepared statement run per row, on that connection, instead of one JSON parameter per
   * statement. Per row, `json_each` with `->>` per column and the `JSON.stringify` before it cost
   * more than the statement's own work (1.5–3 µs per row; docs/performance.md, session 13).
   */
  private readonly direct: SqliteDatabase | undefined;

  constructor(
    private readonly db: Db,
    direct?: SqliteDatabase,
  ) {
    this.dialect = dialectOf(db);
    this.direct = this.dialect === 'sqlite' ? direct : undefined;
  }

  /**
   * The direct connection, only while a transaction is open on it: outside one, a statement run on it
   * could land inside another caller's transaction between that caller's awaits.
   */
  private openDirect(): SqliteDatabase {
    const direct = this.direct;
    if (!direct) throw new Error('per-row statements: not a SQLite connection given for them');
    if ((direct as { inTransaction?: boolean }).inTransaction !== true)
      throw new Error('per-row statements run only inside the push transaction');
    return direct;
  }

  /** Whether insertRows and findRows run one statement per row (see `direct`). */
  get perRow(): boolean {
    return this.direct !== undefined;
  }

  /**
   * `insert into ${table} (columns) <rows> ${tail}` for rows in key order; the total of rows changed.
   * Set-based: the rows as one relation (`rows`), in the order given. Per row: `values (?, …)`, run
   * once per row in the order given (the same order of writes).
   */
  async insertRows(table: string, columns: Columns, rows: ReadonlyArray<readonly SqlValue[]>, tail = '') {
    if (rows.length === 0) return 0;
    if (this.direct) {
      let changed = 0;
      for (const n of this.insertEach(table, columns, rows, tail)) changed += n;
      return changed;
    }
    const names = columns.map(([name]) => name);
    const r = this.rows(columns, rows);
    return this.run(
      `insert into ${table} (${names.join(', ')})
       select ${names.map((n) => `r.${n}`).join(', ')} from ${r.from} where true order by ${r.order}
       ${tail}`,
      r.params,
    );
  }

  /** Per row only (`perRow`): as insertRows, each row's count of rows changed (0 or 1). */
  insertEach(table: string, columns: Columns, rows: ReadonlyArray<readonly SqlValue[]>, tail = ''): number[] {
    const direct = this.openDirect();
    const shape = `${table}\u0000${columns.map(([n]) => n).join(',')}\u0000${tail}`;
    let text = rowTexts.get(shape);
    if (text === undefined) {
      text = `insert into ${table} (${columns.map(([n]) => n).join(', ')})
        values (${columns.map(() => '?').join(', ')}) ${tail}`;
      rowTexts.set(shape, text);
    }
    const stmt = direct.prepare(text);
    const out = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = Number(stmt.run(rows[i]!).changes);
    return out;
  }

  /**
   * A query over a set of rows `r` (the given columns) that finds at most one row for each, such as
   * a lookup of each row's stored values through a key: `query(from)` is its text with `from` in the
   * place of the relation. Per row the query runs once for each row, `r` being that one row (`get`:
   * no array per row), and the results come back in row order.
   */
  async findRows<R>(
    columns: Columns,
    rows: ReadonlyArray<readonly SqlValue[]>,
    query: (from: string) => string,
  ): Promise<R[]> {
    if (rows.length === 0) return [];
    if (!this.direct) {
      const r = this.rows(columns, rows);
      return this.all<R>(query(r.from), r.params);
    }
    // better-sqlite3's statements have `get` (Kysely's SqliteStatement type names only what Kysely uses).
    const stmt = this.openDirect().prepare(
      query(`(select ${columns.map(([n]) => `? as ${n}`).join(', ')}) as r`),
    ) as unknown as { get(parameters: readonly unknown[]): unknown };
    const out: R[] = [];
    for (const row of rows) {
      const found = stmt.get(row);
      if (found !== undefined) out.push(found as R);
    }
    return out;
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
