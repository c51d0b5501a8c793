import { resolve } from 'node:path';
import { verifyAll } from '../audit/verify';
import type { Db } from '../db/database';
import { getSettings } from '../db/repositories/config.repository';
import { listDecisions } from '../db/repositories/decisions.repository';
import { asPages, inventoryDataset, registrationPages } from '../exports/datasets';
import { inventorySuppliers } from '../exports/suppliers';
import type { PagedDataset } from '../exports/datasets';
import { inventoryTools } from '../inventory/tools';
import { personLabeler } from '../security/people';
import type { PersonLabel } from '../security/people';
import { loadKnownTools } from '../tools/known-tools';
import { aiServicesBom } from './bom';
import { acknowledgementChain, auditChain } from './chain-datasets';
import { ChainProofBuilder } from './chain-proof';
import { rowControls } from './controls';
import { literacyDataset } from '../literacy/evidence';
import type { DatasetName } from './controls';
import * as extra from './datasets';
import { devicesPages } from './devices-dataset';
import { GAP_KINDS, gapsDataset } from './gaps';
import type { GapKind } from './gaps';
import { writeDataset } from './pack-dataset';
import { json, writeChainFiles, writeManifest, writePolicies } from './pack-files';
import type { PackMeta, Proofs } from './pack-files';
import type { Tagged } from './pack-dataset';
import { DirectoryOutput, MemoryOutput } from './pack-output';
import type { PackFile, PackOutput } from './pack-output';
import { exceptionsDataset } from './exceptions-dataset';
import { packReadme } from './pack-readme';
import { SummaryBuilder } from './summary';
import { summaryMarkdown } from './summary-markdown';

export type { PackFile } from './pack-output';

export interface EvidencePack {
  files: PackFile[];
  chainsOk: boolean;
  gaps: number;
}

type InventoryTools = Awaited<ReturnType<typeof inventoryTools>>;
/** The datasets in the pack's order; the small ones are read whole here, the large ones page by page. */
async function packDatasets(
  db: Db,
  now: number,
  tools: InventoryTools,
  label: PersonLabel,
): Promise<[DatasetName, PagedDataset][]> {
  return [
    ['inventory', asPages(inventoryDataset(tools))],
    ['suppliers', asPages(inventorySuppliers(tools))],
    ['registrations', registrationPages(db, label)],
    ['acknowledgements', acknowledgementChain(db, label)],
    ['decision-history', asPages(await extra.decisionHistoryDataset(db))],
    ['technical-controls', asPages(await extra.technicalControlsDataset(db))],
    ['policy-versions', asPages(await extra.policyVersionsDataset(db))],
    ['requests', asPages(await extra.requestsDataset(db))],
    ['exceptions', asPages(await exceptionsDataset(db, now))],
    ['justifications', asPages(await extra.justificationsDataset(db))],
    ['devices', devicesPages(db, label, now)],
    ['audit-log', auditChain(db)],
    ['literacy', asPages(await literacyDataset(db, now))],
  ];
}

/** Writes each dataset, feeding the summary and the two chains' proofs as rows go by; rows per dataset. */
async function writeDatasets(
  out: PackOutput,
  datasets: [DatasetName, PagedDataset][],
  summary: SummaryBuilder,
  proofs: Proofs,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const [name, data] of datasets) {
    summary.dataset(name);
    const proof = name === 'acknowledgements' || name === 'audit-log' ? proofs[name] : null;
    rows[name] = await writeDataset(
      out,
      name,
      data,
      (r) => rowControls(name, r),
      (r) => {
        summary.add(name, r);
        proof?.add(r);
      },
    );
  }
  return rows;
}

/** gaps.csv and gaps.json; returns the rows, which the controls summary counts. */
async function writeGaps(
  out: PackOutput,
  db: Db,
  now: number,
  tools: InventoryTools,
  rows: Record<string, number>,
) {
  const gapRows: Tagged[] = [];
  rows.gaps = await writeDataset(
    out,
    'gaps',
    asPages(await gapsDataset(db, now, tools)),
    (r) => [...GAP_KINDS[r.kind as GapKind].controls],
    (r) => gapRows.push(r),
  );
  return gapRows;
}

/**
 * Builds the auditors' evidence pack into `out`: every dataset as CSV and JSON with each row tagged
 * by control ids, both hash chains with a row-by-row proof, policy texts, gaps, a per-control
 * summary, the AI services BOM, and a manifest of SHA-256s. docs/evidence.md describes each file.
 * The inventory is computed once; the large datasets are read and written a page at a time, so
 * memory does not grow with the organisation (the gaps, one row per finding, are kept to sort them).
 */
async function buildInto(db: Db, out: PackOutput, now: number): Promise<Omit<EvidencePack, 'files'>> {
  const [settings, tools, known, decisions, chains, label] = await Promise.all([
    getSettings(db),
    inventoryTools(db, now),
    loadKnownTools(db),
    listDecisions(db),
    verifyAll(db),
    personLabeler(db),
  ]);
  const proofs: Proofs = {
    acknowledgements: new ChainProofBuilder('acknowledgements.json', chains[0]!),
    'audit-log': new ChainProofBuilder('audit-log.json', chains[1]!),
  };
  const summary = new SummaryBuilder();
  const rows = await writeDatasets(out, await packDatasets(db, now, tools, label), summary, proofs);
  const gapRows = await writeGaps(out, db, now, tools, rows);
  await writePolicies(out, db);
  const generatedAt = new Date(now).toISOString();
  const chainsOk = await writeChainFiles(out, db, proofs, generatedAt);

  const meta: PackMeta = { generatedAt, privacyMode: settings.privacyMode, chainsOk };
  const controls = summary.summary(gapRows);
  const identity = summary.identity();
  out.add('controls-summary.json', json({ ...meta, identity, controls }));
  out.add('controls-summary.md', summaryMarkdown(controls, meta, identity));
  const decided = new Map(decisions.map((d) => [d.toolId, d]));
  out.add('ai-bom.cdx.json', json(aiServicesBom(tools, known, decided, now)));
  out.add('README.md', packReadme(meta));
  writeManifest(out, meta, rows);
  return { chainsOk, gaps: gapRows.length };
}

/** The pack in memory (the ZIP download, tests). */
export async function buildEvidencePack(db: Db, now = Date.now()): Promise<EvidencePack> {
  const out = new MemoryOutput();
  const result = await buildInto(db, out, now);
  return { files: out.files, ...result };
}

/**
 * `lantern export evidence --out DIR`: the pack as files, each written as it is produced (DIR is
 * created; files are replaced, only once the whole pack is written).
 */
export async function writeEvidencePack(db: Db, outDir: string, now = Date.now()) {
  const dir = resolve(outDir);
  const out = new DirectoryOutput(dir);
  try {
    const result = await buildInto(db, out, now);
    out.commit();
    return { dir, files: out.entries.map((e) => e.file), ...result };
  } catch (error) {
    out.abort();
    throw error;
  }
}
