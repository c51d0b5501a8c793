import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';

const ENTRY = new URL('./entry.mjs', import.meta.url);

/**
 * Whether this server can start worker threads: a bundled server has no entry file beside it, and
 * then does the work in-process.
 */
export function canStartThreads(): boolean {
  return existsSync(fileURLToPath(ENTRY));
}

/**
 * Starts a worker thread that runs `module`'s export `run` as `run(data, parentPort)`. Loading the
 * TypeScript takes seconds on a busy machine, so callers keep their thread rather than start one
 * per task. `module` is resolved by the caller: `new URL('./x-job.ts', import.meta.url)`.
 */
export function startThread(module: URL, run: string, data?: unknown): Worker {
  return new Worker(ENTRY, { workerData: { module: module.href, run, data } });
}

/**
 * The file of a SQLite database, which another thread can open a connection of its own to; null for
 * an in-memory database, which no other thread can reach.
 */
export async function sqliteFileOf<DB>(db: Kysely<DB>): Promise<string | null> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  return file ? file : null;
}
