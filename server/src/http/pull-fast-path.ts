import type { IncomingMessage, ServerResponse } from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, sql } from 'kysely';
import { PROTOCOL_VERSION } from '@lantern/shared';
import type { DatabaseHandle } from '../db/connect';
import { isJsonContentType, readBody, smallBodyLength } from './request-body';
import type { RequestWithBody } from './request-body';

/**
 * The request every idle browser makes every few minutes — `sync.pull` with the config version it
 * already has — answered before tRPC. Through tRPC it cost ~1 ms of server CPU (Fetch
 * Request/Response and web streams in the adapter, the procedure chain, zod, two Kysely queries),
 * twelve times a `/healthz`. Here it is: the body read, one check of its shape, one indexed query
 * (device by token hash, not revoked, joined with the config version), and the JSON tRPC would
 * have written, byte for byte, with tRPC's status and headers.
 *
 * Anything else goes on to tRPC unchanged (the body read here travels on as `req.body`): another
 * input shape or version, an unknown or revoked token, a staff token, a changed config, a
 * database error. So every refusal is tRPC's own answer. Nothing is cached: each pull reads the
 * device row and the version, so a revoked device is refused on its very next call and several
 * server processes on one PostgreSQL need no coordination. The caller applies the rate limit and
 * logs the request as for any other.
 */
export const PULL_PATH = '/trpc/sync.pull';

/** The largest body looked at here; the extension sends ~40 bytes. Bigger ones go to tRPC. */
const MAX_BODY = 1024;

/** What tRPC sends with a single (non-batched) query's JSON answer. */
const TRPC_HEADERS = { vary: 'trpc-accept, accept', 'content-type': 'application/json' } as const;

/** `{"protocolVersion":1,"configVersion":N}` and nothing else → N; null for anything else. */
export function unchangedPullVersion(text: string): number | null {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const keys = Object.keys(input);
  if (keys.length !== 2) return null;
  const { protocolVersion, configVersion } = input as Record<string, unknown>;
  if (protocolVersion !== PROTOCOL_VERSION) return null;
  if (typeof configVersion !== 'number' || !Number.isSafeInteger(configVersion) || configVersion < 0)
    return null;
  // Both keys are own properties: two keys, and these two are set.
  return Object.hasOwn(input, 'protocolVersion') && Object.hasOwn(input, 'configVersion')
    ? configVersion
    : null;
}

/** The body tRPC writes for `{ protocolVersion, unchanged: true, configVersion }`. */
export function unchangedPullBody(configVersion: number): string {
  return `{"result":{"data":{"protocolVersion":${PROTOCOL_VERSION},"unchanged":true,"configVersion":${configVersion}}}}`;
}

// A Host header tRPC's own URL parsing would refuse goes to tRPC, which answers it.
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** The current config version when the token is a live device's; undefined when it is not. */
type VersionLookup = (tokenHash: string) => Promise<number | undefined> | number | undefined;

const LOOKUP_SQL = (param: string) =>
  `select c.version as version from devices d join config_version c on c.id = 1 where d.token_hash = ${param} and d.revoked_at is null`;

export class PullFastPath {
  private lookup: Promise<VersionLookup> | null = null;
  private reader: BetterSqlite3.Database | null = null;
  private closed = false;

  constructor(private readonly handle: DatabaseHandle) {}

  /**
   * Answers the request when it is an unchanged pull by a live device; otherwise returns false and
   * the request (with any body read here on `req.body`) goes on to tRPC.
   */
  async answer(
    req: RequestWithBody,
    res: ServerResponse,
    search: string,
    tokenHash: string | null,
  ): Promise<boolean> {
    if (tokenHash === null || this.closed) return false;
    const host = req.headers.host;
    if (host !== undefined && !PLAIN_HOST.test(host)) return false;
    let text: string | null;
    if (req.method === 'POST') {
      if (search !== '' || !isJsonContentType(req)) return false;
      if (smallBodyLength(req, MAX_BODY) === null) return false;
      text = await readBody(req);
      if (text === null) {
        // The client went away mid-body: nobody is left to answer.
        res.destroy();
        return true;
      }
    } else if (req.method === 'GET') {
      text = queryInput(req, search);
    } else return false;
    if (text === null) return false;
    const wanted = unchangedPullVersion(text);
    if (wanted === null) return false;
    let version: number | undefined;
    try {
      const lookup = await (this.lookup ??= this.prepare());
      version = await lookup(tokenHash);
    } catch (e) {
      console.error('FASTPATH', e);
      return false; // tRPC runs the same reads and answers the error its own way.
    }
    if (version !== wanted) return false;
    const body = unchangedPullBody(version);
    // The length up front: writeHead fixes the framing, and without it Node would send chunks.
    res.writeHead(200, { ...TRPC_HEADERS, 'content-length': body.length });
    res.end(body);
    return true;
  }

  close(): void {
    this.closed = true;
    this.reader?.close();
    this.reader = null;
  }

  /**
   * On a SQLite file, a read-only connection of its own: a plain synchronous read (~5 µs) that
   * never waits behind the main connection's open transactions (WAL readers see the last commit,
   * so a revocation is visible as soon as it is committed). Otherwise (PostgreSQL, an in-memory
   * SQLite) one precompiled query through Kysely.
   */
  private async prepare(): Promise<VersionLookup> {
    const { db, dialect } = this.handle;
    if (dialect === 'sqlite') {
      const file = await sqliteFile(this.handle);
      if (file && !this.closed) {
        const reader = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
        try {
          reader.pragma('busy_timeout = 1000');
          const stmt = reader.prepare<[string], { version: number }>(LOOKUP_SQL('?'));
          this.reader = reader;
          return (hash) => {
            const row = stmt.get(hash);
            return row === undefined ? undefined : Number(row.version);
          };
        } catch (error) {
          reader.close();
          throw error;
        }
      }
    }
    const text = LOOKUP_SQL(dialect === 'postgres' ? '$1' : '?');
    return async (hash) => {
      const { rows } = await db.executeQuery<{ version: number | string }>(CompiledQuery.raw(text, [hash]));
      return rows.length === 0 ? undefined : Number(rows[0]!.version);
    };
  }
}

/** The main database file of a SQLite handle, or null for an in-memory or temporary one. */
async function sqliteFile(handle: DatabaseHandle): Promise<string | null> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(handle.db);
  const main = rows.find((r) => r.name === 'main');
  return main?.file ? main.file : null;
}

/** GET /trpc/sync.pull?input=...: the input when it is the only parameter, decoded as tRPC does. */
function queryInput(req: IncomingMessage, search: string): string | null {
  if (!search.startsWith('?input=')) return null;
  const ct = req.headers['content-type'];
  if (ct !== undefined && !isJsonContentType(req)) return null;
  const params = new URLSearchParams(search);
  let count = 0;
  params.forEach(() => count++);
  return count === 1 ? params.get('input') : null;
}
