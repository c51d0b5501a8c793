import type { MessagePort } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createDatabase } from '../db/connect';
import type { ConnectOptions } from '../db/connect';
import type { Database } from '../db/database';
import { buildEvidencePack } from './pack';
import { zipParts } from './zip';

/** What the worker is asked to build: where the database is, and the pack's time and folder. */
export interface PackJob {
  /** A SQLite file (opened read-only), or a PostgreSQL URL with its options. */
  sqliteFile: string | null;
  postgres: { url: string; options: ConnectOptions } | null;
  now: number;
  folder: string;
}

export type PackMessage = { ready: true } | { part: Uint8Array } | { done: true } | { failed: string };

/** The worker's own connection: never the server's, whose event loop it must not share. */
function openReader(job: PackJob): { db: Kysely<Database>; close(): Promise<void> } {
  if (job.sqliteFile) {
    const sqlite = new SqliteDatabase(job.sqliteFile, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, close: () => db.destroy() };
  }
  if (!job.postgres) throw new Error('evidence worker: no database to read');
  // A small pool of its own: the pack's reads run a few at a time.
  return createDatabase(job.postgres.url, { ...job.postgres.options, poolSize: 2 });
}

/** A part the port can take over without copying (one that owns its whole ArrayBuffer), else a copy. */
function transferable(part: Buffer): Uint8Array {
  if (part.byteOffset === 0 && part.byteLength === part.buffer.byteLength) return part;
  return new Uint8Array(part);
}

/**
 * The worker thread's side (pack-builds.ts starts it and keeps it for later packs): builds the packs
 * it is sent, one at a time, and says when it is ready for the first.
 */
export function servePacks(_data: unknown, port: MessagePort): void {
  let queue = Promise.resolve();
  port.on('message', (job: PackJob) => {
    queue = queue.then(() => runPackJob(job, port));
  });
  port.postMessage({ ready: true } satisfies PackMessage);
}

/**
 * Builds the pack and sends the ZIP, part by part, to the server's thread; then `done`, or `failed`
 * with the error's message (the thread lives on for the next pack).
 */
export async function runPackJob(job: PackJob, port: MessagePort): Promise<void> {
  try {
    await sendPack(job, port);
  } catch (error) {
    port.postMessage({
      failed: error instanceof Error ? error.message : String(error),
    } satisfies PackMessage);
  }
}

async function sendPack(job: PackJob, port: MessagePort): Promise<void> {
  const reader = openReader(job);
  try {
    const pack = await buildEvidencePack(reader.db, job.now);
    const entries = pack.files.map((f) => ({ name: `${job.folder}/${f.name}`, data: f.data }));
    for (const part of zipParts(entries, job.now)) {
      const out = transferable(part);
      port.postMessage({ part: out } satisfies PackMessage, [out.buffer as ArrayBuffer]);
    }
    port.postMessage({ done: true } satisfies PackMessage);
  } finally {
    await reader.close();
  }
}
