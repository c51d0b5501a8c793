import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../exports/csv';
import { acknowledgementPages, collect, registrationPages } from '../exports/datasets';
import type { PagedDataset } from '../exports/datasets';
import { seedDemo } from '../seed/demo';
import { personLabeler } from '../security/people';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { acknowledgementChain, auditChain } from './chain-datasets';
import { devicesPages } from './devices-dataset';
import { buildEvidencePack, writeEvidencePack } from './pack';
import type { EvidencePack } from './pack';
import { parseCsv } from '../../testing/evidence/testing';

const NOW = Date.UTC(2026, 10, 23, 12);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function filesIn(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe.each(dialects)('the evidence pack written a page at a time on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let pack: EvidencePack;

  beforeAll(async () => {
    await seedDemo(t.db, { people: 40, days: 30, now: NOW });
    pack = await buildEvidencePack(t.db, NOW);
  }, 180_000);

  it('reads every paged dataset the same in pages of 3 rows as in one page', async () => {
    const label = await personLabeler(t.db);
    const pairs: [string, (size?: number) => PagedDataset][] = [
      ['registrations', (n) => registrationPages(t.db, label, n)],
      ['acknowledgements', (n) => acknowledgementPages(t.db, label, n)],
      ['acknowledgement chain', (n) => acknowledgementChain(t.db, label, n)],
      ['audit chain', (n) => auditChain(t.db, n)],
      ['devices', (n) => devicesPages(t.db, label, NOW, 30, n)],
    ];
    for (const [name, pages] of pairs) {
      const whole = await collect(pages());
      expect(whole.rows.length, name).toBeGreaterThan(6);
      expect(await collect(pages(3)), name).toEqual(whole);
    }
  });

  it('writes each dataset exactly as serialising all its rows at once would', () => {
    for (const f of pack.files.filter((x) => x.name.endsWith('.json') && !x.name.includes('/'))) {
      const text = f.data.toString('utf8');
      const value = JSON.parse(text) as unknown;
      expect(text, f.name).toBe(`${JSON.stringify(value, null, 2)}\n`);
      const csv = pack.files.find((x) => x.name === f.name.replace(/\.json$/, '.csv'));
      if (!csv || !Array.isArray(value)) continue;
      const [header] = parseCsv(csv.data.toString('utf8'));
      // JSON names identity assurance `identityAssurance` (docs/evidence.md), the CSV `identity_assurance`.
      const rows = (value as Record<string, unknown>[]).map(({ identityAssurance, ...row }) =>
        identityAssurance === undefined ? row : { ...row, identity_assurance: identityAssurance },
      );
      expect(csv.data.toString('utf8'), csv.name).toBe(toCsv(header!, rows));
    }
  });

  it('writes the same files to a directory as it builds in memory, with sums that match them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-pack-'));
    tmp.push(dir);
    writeFileSync(join(dir, 'inventory.csv'), 'an older export\n');
    const written = await writeEvidencePack(t.db, dir, NOW);
    const files = filesIn(dir);
    expect([...files.keys()].sort()).toEqual(pack.files.map((f) => f.name).sort());
    expect(written.files).toEqual(pack.files.map((f) => f.name));
    // Every file but those naming the BOM's random serial number is the same byte for byte.
    for (const f of pack.files.filter(
      (x) => !['ai-bom.cdx.json', 'SHA256SUMS', 'manifest.json'].includes(x.name),
    ))
      expect(files.get(f.name)!.equals(f.data), f.name).toBe(true);
    for (const line of files.get('SHA256SUMS')!.toString('utf8').trimEnd().split('\n')) {
      const [sum, name] = line.split('  ');
      expect(sha256(files.get(name!)!), name).toBe(sum);
    }
  });

  it('leaves nothing that looks like a pack when an export fails part way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-pack-'));
    tmp.push(dir);
    // A file where the pack wants its policies folder: the export fails after the datasets.
    writeFileSync(join(dir, 'policies'), 'in the way\n');
    await expect(writeEvidencePack(t.db, dir, NOW)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['policies']);
  });
});
