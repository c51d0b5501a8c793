import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { verifyAll } from '../audit/verify';
import type { Db } from '../db/database';
import { getSettings } from '../db/repositories/config.repository';
import { listDecisions } from '../db/repositories/decisions.repository';
import { toCsv } from '../exports/csv';
import { loadDataset } from '../exports/datasets';
import type { Dataset } from '../exports/datasets';
import { inventoryTools } from '../inventory/tools';
import { loadKnownTools } from '../tools/known-tools';
import { aiServicesBom } from './bom';
import { acknowledgementChain, auditChain, chainProof } from './chain-proof';
import { rowControls } from './controls';
import type { ControlId, DatasetName } from './controls';
import * as extra from './datasets';
import { GAP_KINDS, gapsDataset } from './gaps';
import type { GapKind } from './gaps';
import { packReadme } from './pack-readme';
import { summarise, summaryMarkdown } from './summary';
import { VERIFY_CHAIN_SCRIPT } from './verify-script';

export interface PackFile {
  name: string;
  data: Buffer;
}

export interface EvidencePack {
  files: PackFile[];
  chainsOk: boolean;
  gaps: number;
}

type Tagged = Record<string, unknown> & { controls: ControlId[] };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Builds the auditors' evidence pack in memory: every dataset as CSV and JSON with each row tagged
 * by control ids, both hash chains with a row-by-row proof, policy texts, gaps, a per-control
 * summary, the AI services BOM, and a manifest of SHA-256s. docs/evidence.md describes each file.
 */
export async function buildEvidencePack(db: Db, now = Date.now()): Promise<EvidencePack> {
  const [settings, tools, known, decisions, chains] = await Promise.all([
    getSettings(db),
    inventoryTools(db, now),
    loadKnownTools(db),
    listDecisions(db),
    verifyAll(db),
  ]);
  const raw: [DatasetName, Dataset][] = [
    ['inventory', await loadDataset(db, 'inventory', now)],
    ['registrations', await loadDataset(db, 'registrations', now)],
    ['acknowledgements', await acknowledgementChain(db)],
    ['decision-history', await extra.decisionHistoryDataset(db)],
    ['policy-versions', await extra.policyVersionsDataset(db)],
    ['requests', await extra.requestsDataset(db)],
    ['justifications', await extra.justificationsDataset(db)],
    ['devices', await extra.devicesDataset(db, now)],
    ['audit-log', await auditChain(db)],
  ];
  const files: PackFile[] = [];
  const add = (name: string, text: string) => files.push({ name, data: Buffer.from(text, 'utf8') });
  const tagged = new Map<DatasetName, Tagged[]>();
  const addDataset = (name: string, data: Dataset, rows: Tagged[]) => {
    add(`${name}.csv`, toCsv([...data.columns, 'controls'], rows));
    add(`${name}.json`, json(rows));
  };
  for (const [name, data] of raw) {
    const rows = data.rows.map((r) => ({ ...r, controls: rowControls(name, r) }));
    tagged.set(name, rows);
    addDataset(name, data, rows);
  }
  const gapData = await gapsDataset(db, now, tools);
  const gapRows = gapData.rows.map((r) => ({ ...r, controls: [...GAP_KINDS[r.kind as GapKind].controls] }));
  addDataset('gaps', gapData, gapRows);

  const policies = await db
    .selectFrom('policy_versions')
    .select(['version', 'body'])
    .orderBy('version')
    .execute();
  for (const p of policies) add(`policies/policy-v${Number(p.version)}.md`, p.body);

  const proofs = [
    chainProof('acknowledgements.json', raw[2]![1], chains[0]!),
    chainProof('audit-log.json', raw[8]![1], chains[1]!),
  ];
  const chainsOk = proofs.every((p) => p.ok);
  const generatedAt = new Date(now).toISOString();
  add(
    'chain-proof.json',
    json({
      generatedAt,
      ok: chainsOk,
      recipe:
        'hash = SHA-256(prev_hash + "\\n" + hashed_record), UTF-8, lower-case hex; first prev_hash is 64 zeros; ' +
        'seq without gaps; run `node verify-chain.mjs <file>`',
      chains: proofs,
    }),
  );
  add('verify-chain.mjs', VERIFY_CHAIN_SCRIPT);

  const meta = { generatedAt, privacyMode: settings.privacyMode, chainsOk };
  const summary = summarise(tagged, gapRows);
  add('controls-summary.json', json({ ...meta, controls: summary }));
  add('controls-summary.md', summaryMarkdown(summary, meta));
  const decided = new Map(decisions.map((d) => [d.toolId, d]));
  add('ai-bom.cdx.json', json(aiServicesBom(tools, known, decided, now)));
  add('README.md', packReadme(meta));

  // SHA256SUMS (for `sha256sum -c`) covers every file above; the manifest covers those and SHA256SUMS.
  const entry = (f: PackFile) => ({ file: f.name, bytes: f.data.length, sha256: sha256(f.data) });
  add('SHA256SUMS', files.map((f) => `${entry(f).sha256}  ${f.name}\n`).join(''));
  const listed = files.map(entry);
  add(
    'manifest.json',
    json({
      generatedAt,
      generator: 'Lantern',
      privacyMode: settings.privacyMode,
      chainsOk,
      rows: { ...Object.fromEntries([...tagged].map(([n, r]) => [n, r.length])), gaps: gapRows.length },
      files: listed,
    }),
  );
  return { files, chainsOk, gaps: gapRows.length };
}

/** `lantern export evidence --out DIR`: the pack as files (DIR is created; files are replaced). */
export async function writeEvidencePack(db: Db, outDir: string, now = Date.now()) {
  const dir = resolve(outDir);
  const pack = await buildEvidencePack(db, now);
  for (const f of pack.files) {
    const path = join(dir, f.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.data);
  }
  return { dir, files: pack.files.map((f) => f.name), chainsOk: pack.chainsOk, gaps: pack.gaps };
}
