import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely's SQLite dialect, except for how a transaction begins. Two connections write to a SQLite
 * file — the server's and the push writer thread's (sync/push/writer-thread.ts) — and a deferred
 * transaction that read first and then wants to write after the other committed fails at once
 * (SQLITE_BUSY) instead of waiting. So a transaction takes the write lock when it begins
 * (`begin immediate`), waiting up to the busy timeout for it.
 *
 * A transaction that only reads has no lock to wait for: mark it
 * `db.transaction().setAccessMode('read only')` and it begins deferred (plain `begin`), reads a
 * consistent snapshot under WAL and never queues behind a commit. PostgreSQL honours the same mark
 * (`start transaction read only`) and refuses a write inside it.
 */
export class WriteLockingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new WriteLockingSqliteDriver(this.#config);
  }
}

class WriteLockingSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    const begin = settings?.accessMode === 'read only' ? 'begin' : 'begin immediate';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }
}
