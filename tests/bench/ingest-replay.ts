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
 * LANTERN_REPLAY_SKIP, LANTERN_REPLAY_DROP and LANTERN_REPLAY_ROWS (below) take a table's share apart;
 * LANTERN_REPLAY_PAGES=1 counts the frames by the table or index they belong to;
 * LANTERN_REPLAY_GROUP=n commits n pushes per transaction instead of 4 (the writer's group size);
 * LANTERN_REPLAY_UNTIMED=1 times only the writer's total (below).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { commitPushes, serverKysely, validateAgainstDatabase, type Push } from '@lantern/server/testing';
import { prepareDatabase } from './lib/fixture';
import { BATCH_SIZE, planBatches } from './lib/ingest-run';
import { provisionDevices } from './lib/provision';

const EVENTS = Number(process.argv[2] ?? 40_000);
const WARMUP_EVENTS = 8_000;
const DEVICES = 100;
/** Pushes per commit (`LANTERN_REPLAY_GROUP`, default 4: the group commit under the benchmark's load). */
const GROUP = Number(process.env.LANTERN_REPLAY_GROUP ?? 4);

interface Timing {
  calls: number;
  micros: number;
}

/**
 * `LANTERN_REPLAY_SKIP=<regex>`: statements whose text matches are not run (an insert's share of
 * the WAL frames is the drop when it is left out). Only for statements whose result nothing reads.
 */
const SKIP = process.env.LANTERN_REPLAY_SKIP ? new RegExp(process.env.LANTERN_REPLAY_SKIP) : null;

/**
 * `LANTERN_REPLAY_AB=1`: groups alternate between the writer's statements one per row (SQLite's
 * way, sync/push/sql.ts) and one per table with the rows as a JSON parameter (PostgreSQL's way, and
 * SQLite's before session 13), on the same connection; the writer CPU of each is printed apart, so
 * both see the same load. `LANTERN_REPLAY_SET_BASED=1`: every group the second way.
 */
const AB = Boolean(process.env.LANTERN_REPLAY_AB);
const abTotals: [AbTotal, AbTotal] = [
  { micros: 0, events: 0 },
  { micros: 0, events: 0 },
];
interface AbTotal {
  micros: number;
  events: number;
}

const timings = new Map<string, Timing>();
/** Statements of validation, which the server runs on its HTTP thread, not the writer's. */
const validationTimings = new Map<string, Timing>();
let measuring = false;
/** While validating: its statements run on the HTTP thread in the server, not the writer's. */
let validating = false;

/** A statement's label: its first words, whitespace folded. */
function label(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 70);
}

/**
 * `LANTERN_REPLAY_UNTIMED=1`: no statement is timed, only the writer's total. Timing a statement
 * costs two `process.cpuUsage()` calls (~1 µs), which is most of a statement run once per row
 * (the writer's per-row statements on SQLite, sync/push/sql.ts), so compare totals this way.
 */
const UNTIMED = Boolean(process.env.LANTERN_REPLAY_UNTIMED);

function timed<T>(text: string, run: () => T): T {
  if (!measuring || UNTIMED) return run();
  const into = validating ? validationTimings : timings;
  const start = process.cpuUsage();
  try {
    return run();
  } finally {
    const used = process.cpuUsage(start);
    const name = text === '(prepare)' ? text : label(text);
    const t = into.get(name) ?? { calls: 0, micros: 0 };
    t.calls++;
    t.micros += used.user + used.system;
    into.set(name, t);
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
      get: (...a: unknown[]) => timed(text, () => stmt.get(...a)),
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
  const db = serverKysely(sqlite, { perRow: !process.env.LANTERN_REPLAY_SET_BASED });
  const setBasedDb = serverKysely(sqlite, { perRow: false });
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
    let measuredFrom = warmupBatches;
    for (let b = 0; b < batches.length; b += GROUP) {
      // `>=`: with a group size that does not divide the warm-up, the first group past it starts.
      if (!measuring && b >= warmupBatches) {
        measuredFrom = b;
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
      if (AB) {
        const setBased = (b / GROUP) % 2 === 0;
        const start = process.cpuUsage();
        await commitPushes(setBased ? setBasedDb : db, pushes);
        if (measuring) {
          const t = abTotals[setBased ? 0 : 1];
          t.micros += cpuMicros(process.cpuUsage(start));
          t.events += pushes.reduce((n, p) => n + p.events.length, 0);
        }
      } else await commitPushes(db, pushes);
    }
    if (AB)
      console.log(
        `A/B by group: set-based ${(abTotals[0].micros / abTotals[0].events).toFixed(2)} µs/event, ` +
          `per row ${(abTotals[1].micros / abTotals[1].events).toFixed(2)} µs/event`,
      );
    const used = process.cpuUsage(cpu);
    if (process.env.LANTERN_REPLAY_ROWS) printRowCounts(sqlite);
    if (process.env.LANTERN_REPLAY_PAGES)
      printFramesByTable(sqlite, file, walBefore, (batches.length - measuredFrom) * BATCH_SIZE);
    report(
      (batches.length - measuredFrom) * BATCH_SIZE,
      cpuMicros(used) - validation,
      walSize(file) - walBefore,
      Number(sqlite.pragma('page_size', { simple: true })),
      validation,
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

/**
 * `LANTERN_REPLAY_PAGES=1`: the WAL frames the measured commits wrote, by the table or index that
 * owns each page (the `dbstat` virtual table), per event. Read from the WAL file itself: each frame
 * is a 24-byte header, whose first 4 bytes are the page number, then the page.
 */
function printFramesByTable(sqlite: SqliteDatabase.Database, file: string, from: number, events: number) {
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  const owner = new Map<number, string>();
  for (const r of sqlite.prepare('select name, pageno from dbstat').all() as Array<{
    name: string;
    pageno: number;
  }>)
    owner.set(r.pageno, r.name);
  const wal = readFileSync(`${file}-wal`);
  const counts = new Map<string, number>();
  for (let at = Math.max(from, 32); at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const name = owner.get(wal.readUInt32BE(at)) ?? '(free or new)';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`${(n / events).toFixed(3).padStart(8)} frames/event  ${name}`);
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function report(events: number, totalMicros: number, walBytes: number, pageSize: number, validation: number) {
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
  // What the server's HTTP thread spends on the same pushes before handing them to the writer.
  console.log(`${f(validation)} µs/event  validateAgainstDatabase (HTTP thread in the server), of which:`);
  for (const [name, t] of [...validationTimings].sort(([, a], [, b]) => b.micros - a.micros).slice(0, 8))
    console.log(`${f(t.micros)} µs/event  ${String(t.calls).padStart(6)}×  ${name}`);
}

await main();
