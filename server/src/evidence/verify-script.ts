/**
 * `verify-chain.mjs`, shipped inside every pack so an auditor can re-check a hash chain with nothing
 * but Node.js — no Lantern, no database. It is plain JavaScript on purpose (read it before running).
 */
export const VERIFY_CHAIN_SCRIPT = `// Re-verifies a Lantern hash chain exported in this evidence pack. Needs only Node.js 18 or later.
// Usage:  node verify-chain.mjs acknowledgements.json     or     node verify-chain.mjs audit-log.json
// Rule:   hash = SHA-256( prev_hash + "\\n" + hashed_record ), lower-case hex; the first prev_hash is
//         64 zeros; seq counts 1, 2, 3 ... with no gap; and hashed_record says what the readable
//         columns say. Exit code 0 when every row holds, 1 otherwise.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const file = process.argv[2] ?? 'acknowledgements.json';
const rows = JSON.parse(readFileSync(file, 'utf8'));
const iso = (ms) => new Date(ms).toISOString();
const policyFile = join(dirname(file), 'policy-versions.json');
const policies = existsSync(policyFile)
  ? new Map(JSON.parse(readFileSync(policyFile, 'utf8')).map((p) => [p.version, p.sha256]))
  : null;

function readableMismatch(row, rec) {
  if (rec.seq !== row.seq) return 'seq';
  if ('policy_sha256' in rec) {
    if (rec.id !== row.event_id) return 'event_id';
    for (const k of ['policy_version', 'policy_sha256', 'tool_id', 'conditions_sha256', 'device_id'])
      if (rec[k] !== row[k]) return k;
    if (iso(rec.at) !== row.accepted_at) return 'accepted_at';
    if (iso(rec.received_at) !== row.received_at) return 'received_at';
    if (policies && policies.get(rec.policy_version) !== rec.policy_sha256)
      return 'policy_sha256 differs from policy-versions.json';
  } else {
    for (const k of ['actor', 'action', 'target', 'details']) if (rec[k] !== row[k]) return k;
    if (iso(rec.at) !== row.at) return 'at';
  }
  return null;
}

let prev = '0'.repeat(64);
let seq = 1;
const broken = [];
for (const row of rows) {
  const hash = createHash('sha256').update(row.prev_hash + '\\n' + row.hashed_record, 'utf8').digest('hex');
  const mismatch = readableMismatch(row, JSON.parse(row.hashed_record));
  if (row.seq !== seq) broken.push(\`seq \${row.seq}: expected seq \${seq}\`);
  else if (row.prev_hash !== prev) broken.push(\`seq \${row.seq}: prev_hash is not the previous row's hash\`);
  else if (hash !== row.hash) broken.push(\`seq \${row.seq}: hashed_record does not match its hash\`);
  else if (mismatch) broken.push(\`seq \${row.seq}: readable column \${mismatch} differs from hashed_record\`);
  prev = row.hash;
  seq = row.seq + 1;
}
if (broken.length > 0) {
  console.log(\`BROKEN: \${broken.length} of \${rows.length} records\`);
  for (const line of broken) console.log('  ' + line);
  process.exit(1);
}
console.log(\`ok: \${rows.length} records, head \${prev}\`);
`;
