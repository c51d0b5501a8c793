import type { Db } from '../db/database';
import type { Settings } from '../db/repositories/config.repository';
import { publicKeys } from '../audit/checkpoint-keys';
import { latestCheckpoints } from '../audit/checkpoints';
import type { ChainProofBuilder } from './chain-proof';
import type { PackOutput } from './pack-output';
import { VERIFY_CHAIN_SCRIPT } from './verify-script';

/** The evidence pack's files besides the datasets: policy texts, chain proofs, checkpoints, checksums. */

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export type Proofs = Record<'acknowledgements' | 'audit-log', ChainProofBuilder>;
export interface PackMeta {
  generatedAt: string;
  privacyMode: Settings['privacyMode'];
  chainsOk: boolean;
}

export async function writePolicies(out: PackOutput, db: Db): Promise<void> {
  const policies = await db
    .selectFrom('policy_versions')
    .select(['version', 'body'])
    .orderBy('version')
    .execute();
  for (const p of policies) out.add(`policies/policy-v${Number(p.version)}.md`, p.body);
}

/** chain-proof.json and its checker, the signed checkpoints and their keys; returns whether both chains hold. */
export async function writeChainFiles(
  out: PackOutput,
  db: Db,
  proofs: Proofs,
  generatedAt: string,
): Promise<boolean> {
  const chainProofs = [proofs.acknowledgements.proof(), proofs['audit-log'].proof()];
  const chainsOk = chainProofs.every((p) => p.ok);
  out.add(
    'chain-proof.json',
    json({
      generatedAt,
      ok: chainsOk,
      recipe:
        'hash = SHA-256(prev_hash + "\\n" + hashed_record), UTF-8, lower-case hex; first prev_hash is 64 zeros; ' +
        'seq without gaps; run `node verify-chain.mjs <file>`',
      chains: chainProofs,
    }),
  );
  out.add('verify-chain.mjs', VERIFY_CHAIN_SCRIPT);
  // The latest signed checkpoints and the keys that sign them (docs/evidence.md, "Checkpoints"):
  // read only, so building a pack never writes. An auditor keeps these outside the database.
  const checkpoints = await latestCheckpoints(db);
  out.add('checkpoints.jsonl', checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''));
  out.add('checkpoint-public-key.pem', [...(await publicKeys(db)).values()].join(''));
  return chainsOk;
}

/** SHA256SUMS (for `sha256sum -c`) covers every file written so far; the manifest covers those and SHA256SUMS. */
export function writeManifest(out: PackOutput, meta: PackMeta, rows: Record<string, number>): void {
  out.add('SHA256SUMS', out.entries.map((e) => `${e.sha256}  ${e.file}\n`).join(''));
  const listed = out.entries.map((e) => ({ ...e }));
  out.add(
    'manifest.json',
    json({
      generatedAt: meta.generatedAt,
      generator: 'Lantern',
      privacyMode: meta.privacyMode,
      chainsOk: meta.chainsOk,
      rows,
      files: listed,
    }),
  );
}
