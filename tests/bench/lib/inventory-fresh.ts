import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createCaller, createDatabase } from '@lantern/server';
import { fixture, push, usage, type TestDatabase } from '@lantern/server/testing';
import type { BenchRow } from '../harness';
import { latencySummary, round } from './load';
import { statCpuSeconds } from './proc-cpu';

export const FRESH_P95_MS = 100;

/**
 * CPU seconds used so far by the PostgreSQL backends serving database `name`, when the server runs
 * on this machine (Linux /proc; their titles read `postgres: USER DB …`), else null. Backends that
 * exit in between are lost, so it is read around calls on the same pooled connections.
 */
function pgBackendCpuSeconds(name: string): number | null {
  try {
    let seconds = 0;
    let found = false;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let cmd: string;
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmd.startsWith('postgres:') || !cmd.split(' ').includes(name)) continue;
      seconds += statCpuSeconds(`/proc/${pid}/stat`);
      found = true;
    }
    return found ? seconds : null;
  } catch {
    return null;
  }
}

/** What the dashboard reads, each timed right after a push that changed the data it reads. */
const READS = [
  ['listDefault', 'inventory list, first page, default sort (people)'],
  ['listLastSeen', 'inventory list, first page, sorted by last seen'],
  ['toolPopular', 'tool page, the most used tool'],
  ['toolUnpopular', 'tool page, a little-used tool'],
  ['overview', 'overview'],
  ['people', 'people page (no goal)'],
] as const;
type Read = (typeof READS)[number][0];

export interface FreshTimings {
  ms: Record<Read, ReturnType<typeof latencySummary>>;
  /** CPU time of this process per call (on SQLite, the read itself; on PostgreSQL, only the client). */
  cpuMs: Record<Read, number>;
  /** PostgreSQL only, when its server runs here: CPU time of its backends per call (10 ms ticks). */
  pgCpuMs?: Record<Read, number>;
  calls: number;
  popular: { toolId: string; users: number };
  unpopular: { toolId: string; users: number };
  /** 1-minute load average before and after. */
  load: [number, number];
}

/**
 * Enrols a browser for a person of the generated organisation, then for each read: a push of a
 * usage event through `sync.push` (the ingest path: it moves the tool's maintained counts and the
 * data version every cache is keyed on), untimed; then the read, timed, as the dashboard calls it
 * (createCaller, what its HTTP calls run). `calls` of each, fewer if `budgetMs` runs out.
 */
export async function timeFreshReads(url: string, calls: number, budgetMs: number): Promise<FreshTimings> {
  const load0 = loadavg()[0]!;
  const handle = createDatabase(url);
  try {
    const t = { db: handle.db, dialect: handle.dialect } as unknown as TestDatabase;
    const device = await fixture(t).device('person1@bench.example');
    const staff = createCaller({
      db: handle.db,
      dialect: handle.dialect,
      auth: {
        kind: 'staff',
        role: 'auditor',
        tokenId: 'bench',
        name: 'bench',
        via: 'bearer',
        csrfOk: true,
        sessionId: null,
      },
    });
    const byUsers = (
      await staff.admin.inventory.tools({ limit: 500, sort: 'users', order: 'desc' })
    ).rows.filter((r) => r.users > 0);
    const top = byUsers[0]!;
    // Among the least used: a tool with a handful of people.
    const fewest = await staff.admin.inventory.tools({ limit: 500, sort: 'users', order: 'asc' });
    const low = fewest.rows.find((r) => r.users >= 2) ?? byUsers.at(-1)!;
    const today = new Date().toISOString().slice(0, 10);
    let n = 0;
    // Today's use of a popular tool: the tool's last-seen time and its people's days move with it.
    const write = () =>
      device.caller.sync.push(
        push([
          usage({ toolId: byUsers[n++ % Math.min(20, byUsers.length)]!.toolId, day: today, at: Date.now() }),
        ]),
      );
    const run: Record<Read, (i: number) => Promise<unknown>> = {
      listDefault: () => staff.admin.inventory.tools({}),
      listLastSeen: () => staff.admin.inventory.tools({ sort: 'lastSeenAt' }),
      toolPopular: () => staff.admin.inventory.tool({ toolId: top.toolId }),
      toolUnpopular: () => staff.admin.inventory.tool({ toolId: low.toolId }),
      overview: () => staff.admin.inventory.overview(),
      people: () => staff.admin.inventory.users({}),
    };
    const ms = {} as FreshTimings['ms'];
    const cpuMs = {} as FreshTimings['cpuMs'];
    const dbName = handle.dialect === 'postgres' ? new URL(url).pathname.slice(1) : null;
    const pgCpuMs = {} as Record<Read, number>;
    let pgCpuKnown = dbName !== null;
    for (const [read] of READS) {
      const samples: number[] = [];
      let cpu = 0;
      let pgCpu = 0;
      const deadline = performance.now() + budgetMs;
      for (let i = 0; i < calls && (i < 3 || performance.now() < deadline); i++) {
        await write();
        const p0 = dbName ? pgBackendCpuSeconds(dbName) : null;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await run[read](i);
        samples.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu += (c.user + c.system) / 1000;
        const p1 = dbName ? pgBackendCpuSeconds(dbName) : null;
        if (p0 === null || p1 === null) pgCpuKnown = false;
        else pgCpu += (p1 - p0) * 1000;
      }
      ms[read] = latencySummary(samples.sort((a, b) => a - b));
      cpuMs[read] = cpu / samples.length;
      pgCpuMs[read] = pgCpu / samples.length;
    }
    return {
      ms,
      cpuMs,
      ...(pgCpuKnown ? { pgCpuMs } : {}),
      calls,
      popular: { toolId: top.toolId, users: top.users },
      unpopular: { toolId: low.toolId, users: low.users },
      load: [load0, loadavg()[0]!],
    };
  } finally {
    await handle.close();
  }
}

/** The table rows: p95 of each read right after a push, `ok`/`MISSED` against 100 ms. */
export function freshRows(t: FreshTimings, where: string): BenchRow[] {
  const rows: BenchRow[] = [
    {
      metric: `${where}: load average (1 min) before / after`,
      value: `${round(t.load[0], 1)} / ${round(t.load[1], 1)}`,
    },
  ];
  for (const [read, name] of READS) {
    const detail =
      read === 'toolPopular'
        ? ` (${t.popular.users} people)`
        : read === 'toolUnpopular'
          ? ` (${t.unpopular.users} people)`
          : '';
    rows.push(
      read === 'people'
        ? { metric: `  ${name}: p95 after a push`, value: round(t.ms[read].p95), unit: 'ms' }
        : {
            metric: `  ${name}${detail}: p95 after a push`,
            value: round(t.ms[read].p95),
            unit: 'ms',
            goal: `<= ${FRESH_P95_MS} ms`,
            ok: t.ms[read].p95 <= FRESH_P95_MS,
          },
      {
        metric: t.pgCpuMs
          ? '    p50 / CPU per call: bench process, PostgreSQL backends'
          : '    p50 / CPU of the bench process per call',
        value: `${round(t.ms[read].p50)} / ${round(t.cpuMs[read])}${t.pgCpuMs ? `, ${t.pgCpuMs[read] >= 0 ? round(t.pgCpuMs[read]) : 'n/a (a backend exited)'}` : ''}`,
        unit: 'ms',
      },
    );
  }
  return rows;
}
