import { CONTROLS, DATASET_CONTROLS } from './controls';
import type { DatasetName } from './controls';

/** The README.md at the top of every pack: how to read it and re-verify it, without our docs. */
export function packReadme(meta: { generatedAt: string; privacyMode: string }): string {
  const lines = [
    '# Lantern evidence pack',
    '',
    `Generated ${meta.generatedAt} by Lantern. Privacy mode: ${meta.privacyMode}` +
      (meta.privacyMode === 'pseudonymous'
        ? ' — people appear as keyed pseudonyms (person-…), never by email.'
        : ' — people appear by email.'),
    '',
    'Start with `controls-summary.md`: per control, the evidence in this pack and the gaps found',
    '(every gap is a row of `gaps.csv`). Control titles are our own short paraphrases.',
    '',
    '## Files',
    '',
    '| file | what | controls on every row |',
    '|---|---|---|',
  ];
  for (const [name, { controls, why }] of Object.entries(DATASET_CONTROLS))
    lines.push(`| ${name as DatasetName}.csv / .json | ${why} | ${controls.join(', ')} |`);
  lines.push(
    '| gaps.csv / .json | what is missing, one row per gap, tagged with the controls it weakens | per kind |',
    '| policies/policy-vN.md | the text of each policy version | |',
    '| chain-proof.json | verification of both hash chains (server walk and row-by-row) | |',
    '| verify-chain.mjs | re-verifies a chain with Node.js alone | |',
    '| checkpoints.jsonl | the latest signed checkpoint of each chain head: keep them outside the organisation, check with `lantern audit verify --checkpoints` | |',
    '| checkpoint-public-key.pem | the Ed25519 public key(s) that sign checkpoints | |',
    '| ai-bom.cdx.json | AI services bill of materials, CycloneDX 1.6 JSON | |',
    '| manifest.json, SHA256SUMS | SHA-256 of every other file | |',
    '',
    'Every row has a `controls` column (in CSV: ids separated by "; ").',
    '',
    '## Check the files',
    '',
    '    sha256sum -c SHA256SUMS',
    '',
    '## Re-verify the hash chains',
    '',
    'Each row of `acknowledgements.*` and `audit-log.*` carries `prev_hash`, `hash` and',
    '`hashed_record` (the exact canonical JSON the server hashed: keys sorted, no spaces,',
    'timestamps in epoch milliseconds). A row holds when',
    '',
    '    hash == SHA-256(prev_hash + "\\n" + hashed_record)      (UTF-8, lower-case hex)',
    '',
    'its `prev_hash` is the previous row’s `hash` (64 zeros for seq 1), seq has no gap, and',
    '`hashed_record` says what the readable columns say. Run:',
    '',
    '    node verify-chain.mjs acknowledgements.json',
    '    node verify-chain.mjs audit-log.json',
    '',
    'Keep the head hash printed: a later pack’s chain must contain this one unchanged.',
    '',
    '## Controls',
    '',
  );
  for (const [id, title] of Object.entries(CONTROLS)) lines.push(`- ${id}: ${title}`);
  return `${lines.join('\n')}\n`;
}
