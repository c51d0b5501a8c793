import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { signingKey } from '../audit/checkpoint-keys';
import { writeCheckpoints } from '../audit/checkpoints';
import { describeCheckpoint, verifyCheckpoints } from '../audit/verify-checkpoints';
import { verifyAll } from '../audit/verify';
import type { DatabaseHandle } from '../db/connect';
import { userCwd } from '../env';
import { parseFlags, type Io } from './io';
import { UsageError } from './usage';

function flags(args: string[], options: Record<string, { type: 'string' }>) {
  return parseFlags(args, options, false).values as Record<string, string | undefined>;
}

/**
 * `audit verify [--checkpoints FILE]`: walks both chains and, given a file of checkpoints kept
 * outside the database (JSON lines), proves the chains still extend each one. Exit 1 on any failure.
 */
export async function auditVerify(h: DatabaseHandle, args: string[], io: Io) {
  const { checkpoints } = flags(args, { checkpoints: { type: 'string' } });
  let text: string | null = null;
  if (checkpoints !== undefined) {
    const file = resolve(userCwd(), checkpoints);
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `--checkpoints: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
  }
  const reports = await verifyAll(h.db);
  for (const r of reports) {
    if (r.ok) io.out(`${r.chain}: ok, ${r.records} records, head ${r.headHash}`);
    else io.out(`${r.chain}: BROKEN at record ${r.firstBroken!.seq}: ${r.firstBroken!.reason}`);
  }
  let ok = reports.every((r) => r.ok);
  if (text !== null) {
    const checks = await verifyCheckpoints(h.db, text);
    if (checks.length === 0) throw new UsageError('--checkpoints: the file holds no checkpoint');
    for (const c of checks) {
      const name = c.checkpoint ? describeCheckpoint(c.checkpoint) : 'unreadable';
      io.out(
        `checkpoint line ${c.line} (${name}): ${c.ok ? 'ok, the chain extends it' : `FAILED: ${c.reason}`}`,
      );
    }
    ok = ok && checks.every((c) => c.ok);
  }
  return ok ? 0 : 1;
}

/** `audit checkpoint`: signs and stores a checkpoint of each chain's head now and prints them, one JSON per line. */
export async function auditCheckpoint(h: DatabaseHandle, args: string[], io: Io) {
  flags(args, {});
  for (const c of await writeCheckpoints(h.db)) io.out(JSON.stringify(c));
  return 0;
}

/** `audit public-key`: the key id and PEM public key an auditor keeps to check checkpoint signatures. */
export async function auditPublicKey(h: DatabaseHandle, args: string[], io: Io) {
  flags(args, {});
  const key = await signingKey(h.db);
  io.out(`key id ${key.keyId}\n${key.publicKeyPem.trimEnd()}`);
  return 0;
}
