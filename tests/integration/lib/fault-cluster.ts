import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { startServerProcess, type ServerProcess } from './server-process';

/**
 * A real server process on a SQLite file, behind the fault proxy. `kill9AndRestart` cuts the server
 * wherever it is and starts a new process on the same file; the proxy keeps its address, so clients
 * see a server that vanished and came back.
 */
export class FaultCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'lantern-faults-'));
  readonly databaseUrl = `sqlite:${join(this.dir, 'lantern.db')}`;
  server!: ServerProcess;
  proxy!: FaultProxy;
  enrollmentToken = '';
  kills = 0;
  private rateLimit: { capacity: number; refillPerSecond: number } | undefined;

  async start(rateLimit?: { capacity: number; refillPerSecond: number }): Promise<void> {
    this.rateLimit = rateLimit;
    this.server = await startServerProcess({ databaseUrl: this.databaseUrl, seedTokens: true, rateLimit });
    this.enrollmentToken = this.server.tokens!.enrollment;
    this.proxy = await startFaultProxy(this.server.url);
  }

  async kill9AndRestart(): Promise<void> {
    await this.server.kill9();
    this.kills += 1;
    this.server = await startServerProcess({ databaseUrl: this.databaseUrl, rateLimit: this.rateLimit });
    this.proxy.target = this.server.url;
  }

  /** A read-only look at what the server committed (WAL lets us read while it runs). */
  read<T>(query: (db: SqliteDatabase.Database) => T): T {
    const db = new SqliteDatabase(join(this.dir, 'lantern.db'), { readonly: true, fileMustExist: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  }

  async close(): Promise<void> {
    await this.proxy?.close();
    await this.server?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
