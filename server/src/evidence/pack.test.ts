import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSettings } from '../db/repositories/config.repository';
import { seedDemo } from '../seed/demo';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import type { TestDatabase } from '../../testing/databases';
import { supplierProfileFor } from '@lantern/shared/suppliers';
import { CONTROL_IDS } from './controls';
import type { ChainProof } from './chain-proof';
import { buildEvidencePack, writeEvidencePack } from './pack';
import type { EvidencePack } from './pack';
import { cycloneDxValidator, fileJson, fileText, parseCsv } from '../../testing/evidence/testing';

const NOW = Date.UTC(2026, 10, 23, 12);
const DATASETS = [
  'inventory',
  'registrations',
  'acknowledgements',
  'decision-history',
  'technical-controls',
  'policy-versions',
  'requests',
  'exceptions',
  'justifications',
  'devices',
  'audit-log',
  'suppliers',
  'literacy',
  'gaps',
];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes the pack to a folder and runs the pack's own verify-chain.mjs there, as an auditor would. */
async function verifyWithPackScript(t: TestDatabase, files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-pack-'));
  tmp.push(dir);
  await writeEvidencePack(t.db, dir, NOW);
  return files.map((file) =>
    spawnSync(process.execPath, ['verify-chain.mjs', file], { cwd: dir, encoding: 'utf8' }),
  );
}

let validator: ReturnType<typeof cycloneDxValidator> | null = null;

describe.each(dialects)('the evidence pack of a seeded organisation on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let pack: EvidencePack;

  beforeAll(async () => {
    await seedDemo(t.db, { people: 12, days: 30, now: NOW });
    pack = await buildEvidencePack(t.db, NOW);
    // Seeding goes through the real ingest path: generous on a busy shared machine.
  }, 180_000);

  it('holds every dataset as CSV and JSON, each policy text, the proofs, summary, BOM and manifest', async () => {
    const versions = await t.db.selectFrom('policy_versions').select('version').execute();
    expect(versions.length).toBeGreaterThan(0);
    const expected = [
      ...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]),
      ...versions.map((v) => `policies/policy-v${Number(v.version)}.md`),
      'chain-proof.json',
      'verify-chain.mjs',
      'checkpoints.jsonl',
      'checkpoint-public-key.pem',
      'controls-summary.json',
      'controls-summary.md',
      'ai-bom.cdx.json',
      'README.md',
      'SHA256SUMS',
      'manifest.json',
    ];
    expect(pack.files.map((f) => f.name).sort()).toEqual(expected.sort());
  });

  it('tags every row of every dataset, in CSV and JSON alike, with known control ids', () => {
    const manifest = fileJson<{ rows: Record<string, number> }>(pack.files, 'manifest.json');
    for (const d of DATASETS) {
      const rows = fileJson(pack.files, `${d}.json`);
      const [header, ...csvRows] = parseCsv(fileText(pack.files, `${d}.csv`));
      expect(csvRows.length, d).toBe(rows.length);
      expect(manifest.rows[d], d).toBe(rows.length);
      const at = header!.indexOf('controls');
      rows.forEach((row, i) => {
        const controls = row.controls as string[];
        expect(controls.length, `${d} row ${i}`).toBeGreaterThan(0);
        for (const c of controls) expect(CONTROL_IDS).toContain(c);
        expect(csvRows[i]![at]).toBe(controls.join('; '));
      });
    }
    // The seed has records of every kind, so no dataset may be empty by accident. (Company workspace
    // rows are proven in routers/admin/company-workspace.test.ts, exceptions in exceptions.test.ts:
    // a small seed may approve no request.)
    const maybeEmpty = ['justifications', 'technical-controls', 'exceptions'];
    for (const d of DATASETS.filter((x) => !maybeEmpty.includes(x)))
      expect(manifest.rows[d], d).toBeGreaterThan(0);
  });

  it('has a supplier section: every inventory tool with each risk fact, its source and day (A.10.3)', () => {
    type SupplierRow = Record<string, unknown> & { tool_id: string; fact: string; controls: string[] };
    const inventory = fileJson<{ tool_id: string }[]>(pack.files, 'inventory.json');
    const suppliers = fileJson<SupplierRow[]>(pack.files, 'suppliers.json');
    expect(inventory.length).toBeGreaterThan(0);
    expect(suppliers).toHaveLength(inventory.length * 9);
    expect(new Set(suppliers.map((r) => r.tool_id))).toEqual(new Set(inventory.map((r) => r.tool_id)));
    for (const row of suppliers) {
      expect(row.controls).toEqual(['ISO42001:A.10.3']);
      if (row.known) {
        expect(row.source).toMatch(/^https:\/\//);
        expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else expect([row.value, row.source, row.checked]).toEqual([null, null, null]);
    }
    const fact = supplierProfileFor('chatgpt').trainsOnInputs.enterprise;
    if (fact.status !== 'known') throw new Error('fixture changed');
    expect(
      suppliers.find((r) => r.tool_id === 'chatgpt' && r.fact === 'trainsOnInputs.enterprise'),
    ).toMatchObject({ known: true, value: 'no', source: fact.source, checked: fact.checked });
  });

  it('lists the SHA-256 of every other file in the manifest, and of the data files in SHA256SUMS', () => {
    const manifest = fileJson<{ files: { file: string; bytes: number; sha256: string }[] }>(
      pack.files,
      'manifest.json',
    );
    const others = pack.files.filter((f) => f.name !== 'manifest.json');
    expect(manifest.files.map((f) => f.file).sort()).toEqual(others.map((f) => f.name).sort());
    for (const f of manifest.files) {
      const data = pack.files.find((x) => x.name === f.file)!.data;
      expect(f, f.file).toEqual({ file: f.file, bytes: data.length, sha256: sha256(data) });
    }
    const sums = fileText(pack.files, 'SHA256SUMS').trimEnd().split('\n');
    expect(sums).toEqual(
      manifest.files.filter((f) => f.file !== 'SHA256SUMS').map((f) => `${f.sha256}  ${f.file}`),
    );
  });

  it('proves the acknowledgement chain row by row, and the pack’s own script agrees', async () => {
    const proof = fileJson<{ ok: boolean; chains: ChainProof[] }>(pack.files, 'chain-proof.json');
    const acks = fileJson(pack.files, 'acknowledgements.json');
    const stored = await t.db.selectFrom('acknowledgements').select('hash').orderBy('seq').execute();
    expect(proof.ok).toBe(true);
    expect(proof.chains.map((c) => [c.chain, c.ok, c.brokenLinks])).toEqual([
      ['acknowledgements', true, []],
      ['audit_log', true, []],
    ]);
    expect(acks.map((r) => r.hash)).toEqual(stored.map((r) => r.hash));
    expect(acks.every((r) => r.link_ok === true)).toBe(true);
    const [run, audit] = await verifyWithPackScript(t, ['acknowledgements.json', 'audit-log.json']);
    expect(run!.stdout).toBe(`ok: ${acks.length} records, head ${stored[stored.length - 1]!.hash}\n`);
    expect(run!.status).toBe(0);
    expect(audit!.status).toBe(0);
  }, 60_000);

  it('shows a tampered acknowledgement as broken, in the proof, the summary and the script', async () => {
    await t.db
      .updateTable('acknowledgements')
      .set({ at: sql`at + 1000` })
      .where('seq', '=', 3)
      .execute();
    try {
      const tampered = await buildEvidencePack(t.db, NOW);
      const acks = fileJson(tampered.files, 'acknowledgements.json');
      expect(acks.filter((r) => r.link_ok !== true).map((r) => r.seq)).toEqual([3]);
      const proof = fileJson<{ ok: boolean; chains: ChainProof[] }>(tampered.files, 'chain-proof.json');
      expect(proof.ok).toBe(false);
      expect(proof.chains[0]).toMatchObject({
        ok: false,
        brokenLinks: [3],
        server: { firstBroken: { seq: 3 } },
      });
      expect(tampered.chainsOk).toBe(false);
      expect(fileText(tampered.files, 'controls-summary.md')).toMatch(/Hash chains: \*\*BROKEN/);
      const [run] = await verifyWithPackScript(t, ['acknowledgements.json']);
      expect(run!.status).toBe(1);
      expect(run!.stdout).toMatch(
        /^BROKEN: 1 of \d+ records\n {2}seq 3: hashed_record does not match its hash/,
      );
    } finally {
      await t.db
        .updateTable('acknowledgements')
        .set({ at: sql`at - 1000` })
        .where('seq', '=', 3)
        .execute();
    }
  }, 60_000);

  it('writes a CycloneDX 1.6 AI services BOM that the official JSON schema accepts', () => {
    const bom = fileJson<Record<string, unknown>>(pack.files, 'ai-bom.cdx.json');
    const validate = (validator ??= cycloneDxValidator());
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const inUse = fileJson(pack.files, 'inventory.json').filter(
      (r) => (r.users as number) > 0 || (r.registrations as number) > 0,
    );
    const services = bom.services as { name: string; 'bom-ref': string }[];
    expect(services.map((s) => s['bom-ref']).sort()).toEqual(
      inUse.map((r) => `lantern-tool:${r.tool_id as string}`).sort(),
    );
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    // The validator really rejects a broken BOM, so its "true" above means something.
    expect(validate({ ...bom, specVersion: '1.6', services: [{ name: 3 }] })).toBe(false);
  }, 60_000);

  it('in pseudonymous mode names nobody by email anywhere in the pack', async () => {
    const emails = (await t.db.selectFrom('users').select('email').execute())
      .map((u) => u.email)
      .filter((e): e is string => e !== null);
    expect(emails.length).toBeGreaterThan(5);
    const named = await buildEvidencePack(t.db, NOW);
    expect(named.files.some((f) => f.data.includes(emails[0]!))).toBe(true);
    await setSettings(t.db, { privacyMode: 'pseudonymous' });
    try {
      const pseudo = await buildEvidencePack(t.db, NOW);
      for (const f of pseudo.files) {
        const text = f.data.toString('utf8').toLowerCase();
        for (const e of emails) expect(text.includes(e.toLowerCase()), `${e} in ${f.name}`).toBe(false);
      }
      expect(fileJson(pseudo.files, 'acknowledgements.json')[0]!.person).toMatch(/^person-[0-9a-f]{12}$/);
      expect(fileText(pseudo.files, 'controls-summary.md')).toMatch(/privacy mode: pseudonymous/);
    } finally {
      await setSettings(t.db, { privacyMode: 'named' });
    }
  });
});
