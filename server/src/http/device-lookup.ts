import SqliteDatabase from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, sql } from 'kysely';
import type { DatabaseHandle } from '../db/connect';

/** A live (not revoked) device and the current config version, found by its token's hash. */
export interface DeviceRow {
  id: string;
  userId: string;
  configVersion: number;
}

type Lookup = (tokenHash: string) => Promise<DeviceRow | undefined> | DeviceRow | undefined;

const LOOKUP_SQL = (param: string) =>
  `select d.id as id, d.user_id as user_id, c.version as version from devices d join config_version c on c.id = 1 where d.token_hash = ${param} and d.revoked_at is null`;

interface Row {
  id: string;
  user_id: string;
  version: number | string;
}
const toDevice = (row: Row | undefined): DeviceRow | undefined =>
  row === undefined ? undefined : { id: row.id, userId: row.user_id, configVersion: Number(row.version) };

/**
 * The device lookup of the HTTP fast paths: one indexed query, read fresh on every call (no cache,
 * so a revocation counts on the very next request, in every server process).
 *
 * On a SQLite file it has a read-only connection of its own: a plain synchronous read that never
 * waits behind the main connection's open transactions (a WAL reader sees the last commit, so a
 * revocation is visible as soon as it is committed). Otherwise (PostgreSQL, an in-memory SQLite) it
 * is one precompiled query through Kysely.
 */
export class DeviceLookup {
  private lookup: Promise<Lookup> | null = null;
  private reader: BetterSqlite3.Database | null = null;
  private closed = false;

  constructor(private readonly handle: DatabaseHandle) {}

  get isClosed(): boolean {
    return this.closed;
  }

  async find(tokenHash: string): Promise<DeviceRow | undefined> {
    const lookup = await (this.lookup ??= this.prepare());
    return lookup(tokenHash);
  }

  close(): void {
    this.closed = true;
    this.reader?.close();
    this.reader = null;
  }

  private async prepare(): Promise<Lookup> {
    const { db, dialect } = this.handle;
    if (dialect === 'sqlite') {
      const file = await sqliteFile(this.handle);
      if (file && !this.closed) {
        const reader = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
        try {
          reader.pragma('busy_timeout = 1000');
          const stmt = reader.prepare<[string], Row>(LOOKUP_SQL('?'));
          this.reader = reader;
          return (hash) => toDevice(stmt.get(hash));
        } catch (error) {
          reader.close();
          throw error;
        }
      }
    }
    const text = LOOKUP_SQL(dialect === 'postgres' ? '$1' : '?');
    return async (hash) => {
      const { rows } = await db.executeQuery<Row>(CompiledQuery.raw(text, [hash]));
      return toDevice(rows[0]);
    };
  }
}

/** The main database file of a SQLite handle, or null for an in-memory or temporary one. */
async function sqliteFile(handle: DatabaseHandle): Promise<string | null> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(handle.db);
  const main = rows.find((r) => r.name === 'main');
  return main?.file ? main.file : null;
}
