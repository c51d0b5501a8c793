import fc from 'fast-check';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import {
  createCaller,
  createDatabase,
  createEnrolmentToken,
  migrateToLatest,
  type Database,
  type DatabaseHandle,
  verifyAll,
} from '@lantern/server';
// The function behind `lantern audit verify` and the admin.audit.verify procedure.

/**
 * Tampering with the stored evidence, in many generated ways, with nothing recomputed: `audit verify`
 * must notice every single one. (An attacker who can also rewrite the chain head and recompute every
 * hash is out of reach of any self-contained chain; docs/security.md says how to anchor the head.)
 */
type Chain = 'acknowledgements' | 'audit_log';
const CHAINS: Chain[] = ['acknowledgements', 'audit_log'];
type Row = Record<string, string | number | null>;

type Tamper =
  | { op: 'change'; chain: Chain; row: number; column: number; value: string | number | null }
  | { op: 'delete'; chain: Chain; row: number }
  | { op: 'swap'; chain: Chain; a: number; b: number }
  | { op: 'insert'; chain: Chain; copyOf: number; seq: number }
  | { op: 'truncate'; chain: Chain; keep: number }
  | { op: 'head'; chain: Chain; seqDelta: number };

const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    op: fc.constant('change' as const),
    chain: fc.constantFrom(...CHAINS),
    row: fc.nat(),
    column: fc.nat(),
    value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.double({ noNaN: true })),
  }),
  fc.record({ op: fc.constant('delete' as const), chain: fc.constantFrom(...CHAINS), row: fc.nat() }),
  fc.record({
    op: fc.constant('swap' as const),
    chain: fc.constantFrom(...CHAINS),
    a: fc.nat(),
    b: fc.nat(),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    chain: fc.constantFrom(...CHAINS),
    copyOf: fc.nat(),
    seq: fc.integer({ min: -3, max: 1_000 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), chain: fc.constantFrom(...CHAINS), keep: fc.nat() }),
  fc.record({
    op: fc.constant('head' as const),
    chain: fc.constantFrom(...CHAINS),
    seqDelta: fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
  }),
);

/** Applies one tamper; returns false when it changed nothing that matters (then it is not counted). */
function apply(db: SqliteDatabase.Database, t: Tamper): boolean {
  const rows = db.prepare(`select * from ${t.chain} order by seq`).all() as Row[];
  if (rows.length === 0) return false; // an earlier tamper already emptied it
  const pick = (i: number) => rows[i % rows.length]!;
  const cols = Object.keys(rows[0]!);
  switch (t.op) {
    case 'change': {
      const row = pick(t.row);
      const column = cols[t.column % cols.length]!;
      const old = row[column];
      // Same value in another type is not a change of content (`at` 5 and '5' mean the same).
      if (old === t.value || (old !== null && t.value !== null && Number(old) === Number(t.value)))
        return false;
      if (column === 'seq' && (t.value === null || rows.some((r) => Number(r.seq) === Number(t.value))))
        return false;
      if (t.value === null && ['seq'].includes(column)) return false;
      try {
        db.prepare(`update ${t.chain} set ${column} = ? where seq = ?`).run(t.value, row.seq);
      } catch {
        return false; // a NOT NULL or UNIQUE constraint refused it: nothing was tampered
      }
      return true;
    }
    case 'delete':
      db.prepare(`delete from ${t.chain} where seq = ?`).run(pick(t.row).seq);
      return true;
    case 'swap': {
      const a = pick(t.a);
      const b = pick(t.b);
      if (a.seq === b.seq) return false;
      const set = cols.filter((c) => c !== 'seq' && c !== 'id');
      const update = db.prepare(
        `update ${t.chain} set ${set.map((c) => `${c} = @${c}`).join(', ')} where seq = @seq`,
      );
      db.transaction(() => {
        update.run({ ...Object.fromEntries(set.map((c) => [c, b[c]])), seq: a.seq });
        update.run({ ...Object.fromEntries(set.map((c) => [c, a[c]])), seq: b.seq });
      })();
      return true;
    }
    case 'insert': {
      if (rows.some((r) => Number(r.seq) === t.seq)) return false;
      const copy = { ...pick(t.copyOf), seq: t.seq };
      if ('id' in copy) copy.id = `forged-${t.seq}`;
      db.prepare(
        `insert into ${t.chain} (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`,
      ).run(copy);
      return true;
    }
    case 'truncate': {
      const keep = t.keep % rows.length;
      db.prepare(`delete from ${t.chain} where seq > ?`).run(rows[keep]!.seq);
      return true;
    }
    case 'head':
      db.prepare('update chain_heads set seq = seq + ? where name = ?').run(t.seqDelta, t.chain);
      return true;
  }
}

const NUMERIC = new Set(['seq', 'at', 'received_at', 'policy_version']);

/** The chain's content as its meaning: numbers compared as numbers, rows in seq order, plus its head. */
function fingerprint(db: SqliteDatabase.Database, chain: Chain): string {
  const rows = (db.prepare(`select * from ${chain} order by seq`).all() as Row[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, NUMERIC.has(k) && v !== null ? Number(v) : v])),
  );
  const head = db.prepare('select seq, hash from chain_heads where name = ?').get(chain) as Row;
  return JSON.stringify({ rows, head: { seq: Number(head.seq), hash: head.hash } });
}

describe('audit chains under tampering', () => {
  let source: DatabaseHandle;
  let snapshot: Buffer;
  const FILE = `/tmp/lantern-audit-tamper-${process.pid}.db`;

  beforeAll(async () => {
    // Real chains, written through the real admin API and ingest path.
    source = createDatabase(`sqlite:${FILE}`);
    await migrateToLatest(source.db);
    const admin = createCaller({
      db: source.db,
      dialect: 'sqlite',
      auth: {
        kind: 'staff',
        role: 'admin',
        tokenId: 't',
        name: 'tamper test',
        via: 'bearer',
        csrfOk: true,
        sessionId: null,
      },
    });
    const published = [];
    for (let v = 1; v <= 3; v += 1)
      published.push(
        await admin.admin.policies.publish({
          title: `Policy ${v}`,
          body: `# Use AI well\n\nVersion ${v}.`,
          changeSummary: `v${v}`,
        }),
      );
    const anon = createCaller({ db: source.db, dialect: 'sqlite', auth: null });
    for (let d = 0; d < 3; d += 1) {
      const { token } = await createEnrolmentToken(source.db, { name: 'tamper' });
      const device = await anon.device.enroll({
        protocolVersion: PROTOCOL_VERSION,
        enrollmentToken: token,
        userEmail: `p${d}@example.com`,
        browser: 'chrome',
        browserVersion: '142',
        extensionVersion: '0.1.0',
      });
      const caller = createCaller({
        db: source.db,
        dialect: 'sqlite',
        auth: {
          kind: 'device',
          deviceId: device.deviceId,
          userId: (
            await source.db
              .selectFrom('devices')
              .select('user_id')
              .where('id', '=', device.deviceId)
              .executeTakeFirstOrThrow()
          ).user_id,
        },
      });
      const at = Date.now() - 60_000 + d;
      await caller.sync.push({
        protocolVersion: PROTOCOL_VERSION,
        events: published.map((p, i) => ({
          id: uuidv7(at + i),
          at: at + i,
          kind: 'acknowledgement' as const,
          policyVersion: (p as { version: number }).version,
          policySha256: (p as { sha256: string }).sha256,
          toolId: null,
          conditionsSha256: null,
        })),
      });
    }
    await source.close();
    // Out of WAL mode, so the bytes open as an in-memory copy per run.
    const file = new SqliteDatabase(FILE);
    file.pragma('journal_mode = DELETE');
    snapshot = file.serialize();
    file.close();
  });
  afterAll(async () => {
    const { rmSync } = await import('node:fs');
    for (const suffix of ['', '-wal', '-shm']) rmSync(FILE + suffix, { force: true });
  });

  async function verify(raw: SqliteDatabase.Database) {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const reports = await verifyAll(db);
    return Object.fromEntries(reports.map((r) => [r.chain, r])) as Record<Chain, (typeof reports)[number]>;
  }

  it('verifies the untouched chains', async () => {
    const reports = await verify(new SqliteDatabase(snapshot));
    expect(reports.acknowledgements).toMatchObject({ ok: true, records: 9 });
    expect(reports.audit_log.ok).toBe(true);
    expect(reports.audit_log.records).toBeGreaterThanOrEqual(3);
  });

  it('catches every generated tampering (change, delete, reorder, insert, truncate, head)', async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tamperArb, { minLength: 1, maxLength: 3 }), async (tampers) => {
        const raw = new SqliteDatabase(snapshot);
        raw.pragma('foreign_keys = OFF');
        const before = Object.fromEntries(CHAINS.map((c) => [c, fingerprint(raw, c)]));
        for (const t of tampers) apply(raw, t);
        // Tampers may cancel out (swap a,b then b,a): only chains whose content really changed count.
        const touched = CHAINS.filter((c) => fingerprint(raw, c) !== before[c]);
        fc.pre(touched.length > 0);
        counted += 1;
        const reports = await verify(raw);
        for (const chain of touched)
          expect(reports[chain].ok, `${chain} after ${JSON.stringify(tampers)}`).toBe(false);
      }),
      { numRuns: 1_000 },
    );
    expect(counted).toBeGreaterThan(500);
  });

  // Was a defect: the walk started at `seq >= 1`, so a row forged at seq 0 or below was never read.
  // verify.ts now reads its first page without a lower bound.
  it.each(CHAINS)('catches a forged %s record inserted below seq 1', async (chain) => {
    for (const seq of [0, -1, -1_000_000]) {
      const raw = new SqliteDatabase(snapshot);
      raw.pragma('foreign_keys = OFF');
      expect(apply(raw, { op: 'insert', chain, copyOf: 1, seq })).toBe(true);
      expect((await verify(raw))[chain].ok, `forged row at seq ${seq}`).toBe(false);
    }
  });
});
