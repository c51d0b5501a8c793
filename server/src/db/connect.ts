import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, DialectName } from './database';
import { WriteLockingSqliteDialect } from './sqlite-dialect';
import { withStatementCache } from './statement-cache';
import { rememberSqlite } from './direct-sqlite';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /** How it was opened, so a worker thread can open its own connection to the same database. */
  source?: { url: string; options: ConnectOptions };
}

export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (tests use one fresh schema per file). */
  schema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

/** `sqlite:<path>`, `sqlite::memory:` or `postgres://...`; anything else is a clear error. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (url.startsWith('sqlite:')) {
    const target = url.slice('sqlite:'.length);
    if (!target) throw new Error('DATABASE_URL: sqlite: needs a path, e.g. sqlite:./data/lantern.db');
    return { dialect: 'sqlite', target };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return { dialect: 'postgres', target: url };
  throw new Error(`DATABASE_URL: expected sqlite:<path> or postgres://..., got "${url.split(':')[0]}:..."`);
}

// Epoch ms, counters and sums come back from pg as strings (int8 and numeric); every value we store
// is far below 2^53, so numbers are exact.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  },
};

export function createDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const { dialect, target } = parseDatabaseUrl(url);
  if (dialect === 'sqlite') {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const sqlite = new SqliteDatabase(target);
    // WAL for concurrent readers; FULL because clients delete what the server acknowledged, so a
    // commit must survive power loss; foreign keys off by default in SQLite.
    if (target !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const cached = withStatementCache(sqlite);
    const db = rememberSqlite(
      new Kysely<Database>({ dialect: new WriteLockingSqliteDialect({ database: cached }) }),
      cached,
    );
    return { db, dialect, close: () => db.destroy(), source: { url, options } };
  }
  const pool = new pg.Pool({
    connectionString: target,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection that PostgreSQL ends (a restart, a failover, an administrator) is reported on
  // the pool; without a listener Node treats it as an uncaught error and the whole server exits. The
  // pool has already dropped that client and opens a new one for the next query; a query in flight
  // gets its own error.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect, close: () => db.destroy(), source: { url, options } };
}
