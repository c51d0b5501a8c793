/**
 * The ingest benchmark's work without HTTP, in this process: the same catch-up batches
 * (lib/ingest-run.ts), validated (`validateAgainstDatabase`) and stored four pushes per transaction
 * (`commitPushes`, as the writer thread's group commit does under the benchmark's load) on a SQLite
 * file with the server's settings (WAL, `synchronous=FULL`). Every better-sqlite3 statement is timed
 * with `process.cpuUsage()`, so the figures are CPU per event by statement, the commit (and its
 * fsync) among them, and the JavaScript between them. CPU time and WAL frames are what a busy shared
 * machine moves least; throughput it moves a lot.
 *
 *   cd tests && npx tsx bench/ingest-replay.ts [events=40000]
 *
 * Auto-checkpoint is off while measuring, so the WAL's growth counts the frames the commits wrote.
 * LANTERN_REPLAY_SKIP, LANTERN_REPLAY_DROP and LANTERN_REPLAY_ROWS (below) take a table's share apart.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { commitPushes, serverKysely, validateAgainstDatabase, type Push } from '@lantern/server/testing';
import { prepareDatabase } from './lib/fixture';
import { BATCH_SIZE, planBatches } from './lib/ingest-run';
import { provisionDevices } from './lib/provision';

const EVENTS = Number(process.argv[2] ?? 40_000);
const WARMUP_EVENTS = 8_000;
const DEVICES = 100;
const GROUP = 4;

interface Timing {
  calls: number;
  micros: number;
}

/**
 * `LANTERN_REPLAY_SKIP=<regex>`: statements whose text matches are not run (an insert's share of
 * the WAL frames is the drop when it is left out). Only for statements whose result nothing reads.
 */
const SKIP = process.env.LANTERN_REPLAY_SKIP ? new RegExp(process.env.LANTERN_REPLAY_SKIP) : null;

const timings = new Map<string, Timing>();
let measuring = false;
/** While validating: its statements run on the HTTP thread in the server, not the writer's. */
let validating = false;

/** A statement's label: its first words, whitespace folded. */
function label(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 70);
}

function timed<T>(text: string, run: () => T): T {
  if (!measuring || validating) return run();
  const start = process.cpuUsage();
  try {
    return run();
  } finally {
    const used = process.cpuUsage(start);
    const name = text === '(prepare)' ? text : label(text);
    const t = timings.get(name) ?? { calls: 0, micros: 0 };
    t.calls++;
    t.micros += used.user + used.system;
    timings.set(name, t);
  }
}

/** A better-sqlite3 connection whose statements report their CPU time to `timings`. */
function timedConnection(file: string): SqliteDatabase.Database {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => {
    const stmt = timed('(prepare)', () => prepare(text));
    return {
      reader: stmt.reader,
      all: (...a: unknown[]) => timed(text, () => stmt.all(...a)),
      run: (...a: unknown[]) =>
        measuring && SKIP?.test(text) ? { changes: 0 } : timed(text, () => stmt.run(...a)),
      iterate: (...a: unknown[]) => stmt.iterate(...a),
    };
  }) as unknown as typeof sqlite.prepare;
  return sqlite;
}

async function main() {
  const bench = await prepareDatabase();
  const file = join(bench.dir, 'lantern.db');
  const devices = provisionDevices(file, DEVICES, bench.enrolmentTokenId);
  const sqlite = timedConnection(file);
  // `LANTERN_REPLAY_DROP=index,…`: indexes dropped before the run (what one costs ingest).
  for (const index of (process.env.LANTERN_REPLAY_DROP ?? '').split(',').filter(Boolean))
    sqlite.exec(`drop index ${index}`);
  const db = serverKysely(sqlite);
  try {
    const owners = new Map(
      (await db.selectFrom('devices').select(['id', 'user_id']).execute()).map((d) => [d.id, d.user_id]),
    );
    const total = Math.ceil((EVENTS + WARMUP_EVENTS) / BATCH_SIZE);
    const batches = planBatches({ devices: DEVICES, batches: total, concurrency: GROUP }, bench.policy);
    const warmupBatches = WARMUP_EVENTS / BATCH_SIZE;
    let cpu = { user: 0, system: 0 };
    let walBefore = 0;
    let validation = 0;
    for (let b = 0; b < batches.length; b += GROUP) {
      if (b === warmupBatches) {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        sqlite.pragma('wal_autocheckpoint = 0');
        walBefore = walSize(file);
        measuring = true;
        cpu = process.cpuUsage();
      }
      const pushes: Push[] = [];
      for (let i = b; i < Math.min(b + GROUP, batches.length); i++) {
        const device = devices[i % DEVICES]!;
        const now = Date.now();
        const start = process.cpuUsage();
        validating = true;
        const events = await validateAgainstDatabase(db, batches[i]!, now);
        validating = false;
        if (measuring) validation += cpuMicros(process.cpuUsage(start));
        pushes.push({
          origin: { deviceId: device.deviceId, userId: owners.get(device.deviceId)!, now },
          events,
        });
      }
      await commitPushes(db, pushes);
    }
    const used = process.cpuUsage(cpu);
    if (process.env.LANTERN_REPLAY_ROWS) printRowCounts(sqlite);
    report(
      (batches.length - warmupBatches) * BATCH_SIZE,
      cpuMicros(used) - validation,
      walSize(file) - walBefore,
      Number(sqlite.pragma('page_size', { simple: true })),
    );
  } finally {
    await db.destroy();
    await bench.cleanup();
  }
}

const cpuMicros = (u: NodeJS.CpuUsage) => u.user + u.system;

/** `LANTERN_REPLAY_ROWS=1`: rows per table after the run (the change log's growth among them). */
function printRowCounts(sqlite: SqliteDatabase.Database) {
  for (const table of ['inventory_changes', 'seen_events', 'usage_days', 'tool_user_days', 'tool_days'])
    console.log(table, sqlite.prepare(`select count(*) as n from ${table}`).all());
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function report(events: number, totalMicros: number, walBytes: number, pageSize: number) {
  const rows = [...timings].sort(([, a], [, b]) => b.micros - a.micros);
  const inStatements = rows.reduce((sum, [, t]) => sum + t.micros, 0);
  const f = (micros: number) => (micros / events).toFixed(2).padStart(8);
  console.log(`ingest replay: ${events} events, ${GROUP} pushes of ${BATCH_SIZE} per commit`);
  console.log(`${f(totalMicros)} µs/event  writer CPU (commitPushes: fold, statements, commit)`);
  console.log(`${f(inStatements)} µs/event  in SQLite statements (commit included)`);
  console.log(`${f(totalMicros - inStatements)} µs/event  JavaScript outside statements`);
  console.log(`${(walBytes / (pageSize + 24) / events).toFixed(3).padStart(8)} WAL frames/event`);
  for (const [name, t] of rows.slice(0, 25))
    console.log(`${f(t.micros)} µs/event  ${String(t.calls).padStart(6)}×  ${name}`);
}

await main();
