import { createHash, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { catalog, uuidv7 } from '@lantern/shared';
import { chainHash } from '@lantern/server';
import { popular, prng } from './events';
import { DATA, orgTool, PURPOSES } from './inventory-data';
import { openBenchDatabase, POLICY, rebuildBenchCounts } from './inventory-db';

/**
 * A synthetic organisation generated inside the database: the person-level rows (people, their
 * browsers, which tools each uses and how often, acceptances with their hash chain) come from a
 * seeded PRNG in JavaScript — a few hundred thousand rows — and the day rows (millions) are made
 * set-based by the database itself, one INSERT … SELECT each: a person-tool table crossed with the
 * days (SQLite: a recursive CTE; PostgreSQL: generate_series), kept where an integer hash of
 * (person-tool, day) falls under the person's activity rate. Everything ingest would have written
 * is then derived from those rows with GROUP BY, and the maintained counts of migrations 0017 and
 * 0020 are rebuilt from them, so the database reads as if a year of `sync.push` had filled it.
 *
 * Shape: each person has one browser (a fifth two), uses 1–5 picks of a Zipf-like popularity curve
 * over the tools (the most popular tool gets about 5% of the picks), and each (person, tool) starts
 * somewhere in the first half of the period and is active on 5%, 20% or 50% of the days after.
 */
export interface InventorySqlSpec {
  users: number;
  tools: number;
  days: number;
  seed: number;
}

const DAY_MS = 86_400_000;

/**
 * Names the generated data; bump when the generator's output changes, and kept databases of an
 * older version are rebuilt. Migrations added since a kept database was built are applied to it
 * when it is opened, as an upgrade would (see inventory-store.ts).
 */
const GENERATOR_VERSION = 1;
export const inventoryStamp = (): string => `g${GENERATOR_VERSION}`;

type ColType = 'text' | 'bigint';

/** Just enough of a database connection to load rows and run statements, for either dialect. */
interface Loader {
  dialect: 'sqlite' | 'postgres';
  exec(text: string): Promise<void>;
  insert(table: string, cols: Array<[string, ColType]>, rows: unknown[][]): Promise<void>;
  count(table: string): Promise<number>;
  /** Drops a table's secondary indexes (and on PostgreSQL its primary key); returns how to restore them. */
  dropIndexes(table: string): Promise<string[]>;
  close(): Promise<void>;
}

function sqliteLoader(file: string): Loader {
  const db = new Database(file);
  // A bulk load with nothing to protect yet: no journal, no fsync, a large page cache.
  // Out of WAL (the migrations left it on): a WAL file would take the whole load and then be copied
  // into the database again. (better-sqlite3's defensive mode refuses `journal_mode = OFF`.)
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = FILE');
  return {
    dialect: 'sqlite',
    async exec(text) {
      db.exec(text);
    },
    async insert(table, cols, rows) {
      const stmt = db.prepare(
        `insert into ${table} (${cols.map((c) => c[0]).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
      );
      db.transaction(() => {
        for (const r of rows) stmt.run(...r);
      })();
    },
    async count(table) {
      return Number((db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
    },
    async dropIndexes(table) {
      const rows = db
        .prepare(
          "select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null",
        )
        .all(table) as Array<{ name: string; sql: string }>;
      for (const r of rows) db.exec(`drop index ${r.name}`);
      return rows.map((r) => r.sql);
    },
    async close() {
      db.pragma('journal_mode = WAL');
      db.close();
    },
  };
}

async function pgLoader(url: string): Promise<Loader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    "set synchronous_commit = off; set maintenance_work_mem = '512MB'; set work_mem = '256MB'",
  );
  // Foreign keys are the loaded rows' own: skip their per-row checks (needs a superuser; else they run).
  await client.query('set session_replication_role = replica').catch(() => undefined);
  return {
    dialect: 'postgres',
    async exec(text) {
      await client.query(text);
    },
    async insert(table, cols, rows) {
      for (let i = 0; i < rows.length; i += 20_000) {
        const part = rows.slice(i, i + 20_000);
        await client.query(
          `insert into ${table} (${cols.map((c) => c[0]).join(', ')})
           select * from unnest(${cols.map((c, j) => `cast($${j + 1} as ${c[1]}[])`).join(', ')})`,
          cols.map((_, j) => part.map((r) => r[j] ?? null)),
        );
      }
    },
    async count(table) {
      const r = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      return Number(r.rows[0]!.n);
    },
    async dropIndexes(table) {
      const restore: string[] = [];
      const pk = await client.query<{ conname: string; def: string }>(
        `select conname, pg_get_constraintdef(oid) as def from pg_constraint
         where conrelid = cast($1 as regclass) and contype = 'p'`,
        [table],
      );
      const idx = await client.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = $1
         and indexname not in (select conname from pg_constraint where conrelid = cast($1 as regclass))`,
        [table],
      );
      for (const r of idx.rows) {
        await client.query(`drop index ${r.indexname}`);
        restore.push(r.indexdef);
      }
      for (const r of pk.rows) {
        await client.query(`alter table ${table} drop constraint ${r.conname}`);
        restore.unshift(`alter table ${table} add constraint ${r.conname} ${r.def}`);
      }
      return restore;
    },
    async close() {
      await client.end();
    },
  };
}

const M = 2_147_483_647;
/**
 * A pseudo-random integer in [0, 2^31) of the person-tool `k` and day `d` (SQL integer arithmetic
 * that never leaves 63 bits, the same in both dialects): a Lehmer step, an xorshift, another step.
 */
function hashSql(k: string, d: string, seed: number): string {
  const base = `((${k}) * 1103515245 + (${d}) * 40503 + ${(seed * 7919) % M}) % ${M}`;
  const a = `((${base}) * 48271 % ${M})`;
  const x = `((${a} | (${a} >> 11)) - (${a} & (${a} >> 11)))`;
  return `(${x} * 16807 % ${M})`;
}

/** Tables the generator fills in bulk: their indexes are dropped first and built once at the end. */
const BULK = [
  'usage_days',
  'tool_user_days',
  'tool_days',
  'tool_users',
  'tool_devices',
  'registrations',
  'current_registrations',
];

export interface BuiltInventory {
  rows: Record<string, number>;
  /** Seconds per step, in order. */
  steps: Array<[string, number]>;
  now: number;
}

/**
 * Migrates the (empty) database at `url` (`sqlite:FILE` or a PostgreSQL URL) and fills it with the
 * organisation of `spec` as of `now`.
 */
export async function buildInventory(
  url: string,
  spec: InventorySqlSpec,
  now = Date.now(),
): Promise<BuiltInventory> {
  const steps: Array<[string, number]> = [];
  let t0 = performance.now();
  const step = (name: string) => {
    const t = performance.now();
    steps.push([name, (t - t0) / 1000]);
    console.log(
      `    ${url.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL'} build: ${name}: ${((t - t0) / 1000).toFixed(1)} s`,
    );
    t0 = t;
  };
  const { tokenId } = await openBenchDatabase(url, now - 300 * DAY_MS);
  step('migrate');
  const L = url.startsWith('sqlite:') ? sqliteLoader(url.slice('sqlite:'.length)) : await pgLoader(url);
  const pgsql = L.dialect === 'postgres';
  try {
    const restore: string[] = [];
    for (const t of BULK) restore.push(...(await L.dropIndexes(t)));

    // People, browsers, tools, decisions, acceptances and who uses what: in JavaScript, seeded.
    const rand = prng(spec.seed);
    const today = Date.parse(`${new Date(now).toISOString().slice(0, 10)}T00:00:00Z`);
    const firstDay = today - (spec.days - 1) * DAY_MS;
    const toolIds = catalog.map((t) => t.id).slice(0, Math.min(catalog.length, spec.tools));
    const orgTools: unknown[][] = [];
    for (let n = 1; toolIds.length < spec.tools; n++) {
      const t = orgTool(n, now);
      toolIds.push(t.id);
      orgTools.push([t.id, t.name, JSON.stringify(t), now, now]);
    }
    const decisions: unknown[][] = [];
    const history: unknown[][] = [];
    const statuses = [
      ['approved', 'inform'],
      ['conditional', 'acknowledge'],
      ['review', 'acknowledge'],
      ['prohibited', 'block'],
    ];
    for (let i = 0; i < Math.min(300, toolIds.length); i++) {
      const [status, enforcement] = statuses[i % 4]!;
      const at = now - 200 * DAY_MS;
      decisions.push([toolIds[i], status, enforcement, '[]', 'bench-admin', at]);
      history.push([toolIds[i], status, enforcement, '[]', 'bench-admin', at, uuidv7(at)]);
    }
    const users: unknown[][] = [];
    const devices: unknown[][] = [];
    const acks: unknown[][] = [];
    const pts: unknown[][] = [];
    let seq = 0;
    let head = '0'.repeat(64);
    for (let u = 0; u < spec.users; u++) {
      const userId = randomUUID();
      users.push([userId, `person${u}@bench.example`, firstDay]);
      const own = [randomUUID()];
      if (rand() < 0.2) own.push(randomUUID());
      for (const d of own)
        devices.push([
          d,
          userId,
          createHash('sha256').update(d).digest('hex'),
          tokenId,
          'chrome',
          '142.0.7444.59',
          '0.1.0',
          firstDay,
          now,
        ]);
      const used = new Set<string>();
      for (let k = 1 + Math.floor(rand() * 5); k > 0; k--) used.add(toolIds[popular(rand, toolIds.length)]!);
      for (const toolId of used) {
        const start = Math.floor(rand() * spec.days * 0.5);
        const reg = rand() < 0.6;
        pts.push([
          pts.length + 1,
          userId,
          toolId,
          own[Math.floor(rand() * own.length)],
          [50, 200, 500][Math.floor(rand() * 3)],
          start,
          reg ? uuidv7(firstDay + start * DAY_MS) : null,
          reg ? PURPOSES[Math.floor(rand() * PURPOSES.length)] : null,
          reg ? JSON.stringify(DATA[Math.floor(rand() * DATA.length)]) : null,
          rand() < 0.02 ? uuidv7(now - Math.floor(rand() * 30) * DAY_MS) : null,
        ]);
      }
      if (rand() < 0.8) {
        const at = firstDay + Math.floor(rand() * spec.days) * DAY_MS;
        const record = {
          id: uuidv7(at),
          user_id: userId,
          device_id: own[0]!,
          policy_version: POLICY.version,
          policy_sha256: POLICY.sha256,
          tool_id: null,
          conditions_sha256: null,
          at,
          received_at: at,
        };
        seq++;
        const hash = chainHash(head, { seq, ...record });
        acks.push([
          seq,
          record.id,
          userId,
          record.device_id,
          POLICY.version,
          POLICY.sha256,
          at,
          at,
          head,
          hash,
        ]);
        head = hash;
      }
    }
    // In the key order of usage_days, so the day rows are appended in order.
    pts.sort((a, b) => (a[3]! < b[3]! ? -1 : a[3]! > b[3]! ? 1 : a[2]! < b[2]! ? -1 : a[2]! > b[2]! ? 1 : 0));
    pts.forEach((p, i) => (p[0] = i + 1));
    const T = 'text' as const;
    const B = 'bigint' as const;
    await L.insert(
      'org_tools',
      [
        ['id', T],
        ['name', T],
        ['data', T],
        ['created_at', B],
        ['updated_at', B],
      ],
      orgTools,
    );
    const dcols: Array<[string, ColType]> = [
      ['tool_id', T],
      ['status', T],
      ['enforcement', T],
      ['allowed_data_classes', T],
      ['decided_by', T],
      ['decided_at', B],
    ];
    await L.insert('decisions', dcols, decisions);
    await L.insert('decision_history', [...dcols, ['id', T]], history);
    await L.insert(
      'users',
      [
        ['id', T],
        ['email', T],
        ['created_at', B],
      ],
      users,
    );
    await L.insert(
      'devices',
      [
        ['id', T],
        ['user_id', T],
        ['token_hash', T],
        ['enrollment_token_id', T],
        ['browser', T],
        ['browser_version', T],
        ['extension_version', T],
        ['created_at', B],
        ['last_seen_at', B],
      ],
      devices,
    );
    await L.insert(
      'acknowledgements',
      [
        ['seq', B],
        ['id', T],
        ['user_id', T],
        ['device_id', T],
        ['policy_version', B],
        ['policy_sha256', T],
        ['at', B],
        ['received_at', B],
        ['prev_hash', T],
        ['hash', T],
      ],
      acks,
    );
    await L.exec(`update chain_heads set seq = ${seq}, hash = '${head}' where name = 'acknowledgements'`);
    await L.exec(`create table bench_pt (k bigint primary key, user_id text not null, tool_id text not null,
      device_id text not null, permille bigint not null, start_d bigint not null, reg_id text, purpose text,
      data text, request_id text)`);
    await L.insert(
      'bench_pt',
      [
        ['k', B],
        ['user_id', T],
        ['tool_id', T],
        ['device_id', T],
        ['permille', B],
        ['start_d', B],
        ['reg_id', T],
        ['purpose', T],
        ['data', T],
        ['request_id', T],
      ],
      pts,
    );
    step(`people, browsers, tools, acceptances (${pts.length} person-tools, in JS)`);

    // The days, set-based.
    await L.exec('create table bench_days (d bigint primary key, day text not null, at bigint not null)');
    await L.exec(
      pgsql
        ? `insert into bench_days (d, day, at)
           select d, to_char(to_timestamp((${firstDay} + d * ${DAY_MS}) / 1000) at time zone 'UTC', 'YYYY-MM-DD'),
             ${firstDay} + d * ${DAY_MS}
           from generate_series(cast(0 as bigint), ${spec.days - 1}) as d`
        : `with recursive r(d) as (select 0 union all select d + 1 from r where d < ${spec.days - 1})
           insert into bench_days (d, day, at)
           select d, strftime('%Y-%m-%d', (${firstDay} + d * ${DAY_MS}) / 1000, 'unixepoch'),
             ${firstDay} + d * ${DAY_MS} from r`,
    );
    // One row per (person's browser, tool, active day): the table every other one derives from.
    const h = hashSql('p.k', 'd.d', spec.seed);
    await L.exec(`insert into usage_days (device_id, user_id, tool_id, signal, day, visits, active_seconds, updated_at)
      select device_id, user_id, tool_id, 'visit', day, 1 + (h / 1000) % 20, (h / 20000) % 3600, at
      from (select p.device_id, p.user_id, p.tool_id, p.permille, d.day, d.at, ${h} as h
            from bench_pt p cross join bench_days d where d.d >= p.start_d) as x
      where h % 1000 < permille`);
    step('usage_days (INSERT … SELECT)');
    // Each person uses a tool from one browser, so (person, day, tool) is unique already.
    await L.exec(`insert into tool_user_days (user_id, day, tool_id)
      select user_id, day, tool_id from usage_days order by user_id, day, tool_id`);
    await L.exec(`insert into tool_days (tool_id, day, visits, active_seconds)
      select tool_id, day, sum(visits), sum(active_seconds) from usage_days group by tool_id, day`);
    await L.exec(`insert into tool_users (tool_id, user_id, first_seen_at, last_seen_at)
      select tool_id, user_id, min(updated_at), max(updated_at) from usage_days group by tool_id, user_id`);
    await L.exec(`insert into tool_devices (tool_id, device_id, first_seen_at, last_seen_at)
      select tool_id, device_id, min(updated_at), max(updated_at) from usage_days group by tool_id, device_id`);
    await L.exec(`insert into tool_signals (tool_id, signal, first_seen_at, last_seen_at)
      select tool_id, 'visit', min(first_seen_at), max(last_seen_at) from tool_users group by tool_id`);
    // Each (device, tool, signal) with its oldest day, as ingest keeps it for retention (migration 0026).
    await L.exec(`insert into usage_day_groups (device_id, tool_id, signal, oldest_day)
      select device_id, tool_id, signal, min(day) from usage_days group by device_id, tool_id, signal`);
    step('tool_user_days, tool_days, tool_users, tool_devices, tool_signals, usage_day_groups (GROUP BY)');
    const regSource = `from bench_pt p join tool_users tu on tu.tool_id = p.tool_id and tu.user_id = p.user_id`;
    await L.exec(`insert into registrations (id, user_id, device_id, tool_id, purpose_category, purpose_text,
        data_classes, affects_people, withdrawn, at, received_at)
      select p.reg_id, p.user_id, p.device_id, p.tool_id, p.purpose, 'Everyday work with the tool', p.data, 0, 0,
        tu.first_seen_at, tu.first_seen_at ${regSource} where p.reg_id is not null`);
    await L.exec(`insert into current_registrations (user_id, tool_id, registration_id, purpose_category,
        purpose_text, data_classes, affects_people, withdrawn, at)
      select p.user_id, p.tool_id, p.reg_id, p.purpose, 'Everyday work with the tool', p.data, 0, 0,
        tu.first_seen_at ${regSource} where p.reg_id is not null`);
    await L.exec(`insert into requests (id, kind, user_id, device_id, tool_id, reason, status, at, received_at)
      select p.request_id, 'approval', p.user_id, p.device_id, p.tool_id, 'Needed for a project', 'pending',
        tu.last_seen_at, tu.last_seen_at ${regSource} where p.request_id is not null`);
    await L.exec('drop table bench_pt');
    await L.exec('drop table bench_days');
    step('registrations, requests');
    for (const text of restore) await L.exec(text);
    step('indexes');
    await L.close();
  } catch (error) {
    await L.close().catch(() => undefined);
    throw error;
  }
  await rebuildBenchCounts(url);
  step('maintained counts (rebuilt from the rows)');
  if (pgsql) {
    // A fresh bulk load has no statistics and no page marked all-visible (autovacuum would get there).
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query('vacuum analyze');
    } finally {
      await c.end();
    }
    step('vacuum analyze');
  }
  return { rows: await countRows(url), steps, now };
}

async function countRows(url: string): Promise<Record<string, number>> {
  const L = url.startsWith('sqlite:') ? sqliteLoader(url.slice('sqlite:'.length)) : await pgLoader(url);
  try {
    const rows: Record<string, number> = {};
    for (const t of ['users', 'devices', ...BULK, 'tool_signals', 'acknowledgements', 'requests'])
      rows[t] = await L.count(t);
    return rows;
  } finally {
    await L.close();
  }
}
