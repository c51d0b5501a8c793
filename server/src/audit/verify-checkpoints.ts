import { CheckpointSchema } from '@lantern/shared';
import type { Db } from '../db/database';
import { GENESIS_HASH } from './canonical';
import { publicKeys } from './checkpoint-keys';
import { signatureValid, type Checkpoint } from './checkpoints';

export interface CheckpointCheck {
  /** 1-based line of the checkpoints file. */
  line: number;
  checkpoint: Checkpoint | null;
  ok: boolean;
  reason: string | null;
}

/** `acknowledgements seq 12 at 2026-…` — how a report names a checkpoint. */
export function describeCheckpoint(c: Checkpoint): string {
  return `${c.chain} seq ${c.seq} at ${c.at} (key ${c.keyId})`;
}

/**
 * Proves the chains still extend each checkpoint an auditor kept: its signature is the server's,
 * and the link at its seq still has its head hash. A database rewrite that recomputed every hash
 * changes that link's hash, so the checkpoint fails; with `audit verify`'s walk (each link still
 * hashes its predecessor) the whole chain up to the checkpoint is then the one that was signed.
 */
export async function verifyCheckpoints(db: Db, text: string): Promise<CheckpointCheck[]> {
  const keys = await publicKeys(db);
  const lines = text.split('\n');
  const out: CheckpointCheck[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const line = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      out.push({ line, checkpoint: null, ok: false, reason: 'not JSON' });
      continue;
    }
    const c = CheckpointSchema.safeParse(parsed);
    if (!c.success) {
      out.push({
        line,
        checkpoint: null,
        ok: false,
        reason: `not a checkpoint: ${c.error.issues[0]?.message ?? 'invalid'}`,
      });
      continue;
    }
    out.push({ line, checkpoint: c.data, ...(await check(db, keys, c.data)) });
  }
  return out;
}

async function check(
  db: Db,
  keys: Map<string, string>,
  c: Checkpoint,
): Promise<{ ok: boolean; reason: string | null }> {
  const fail = (reason: string) => ({ ok: false, reason });
  const key = keys.get(c.keyId);
  if (key === undefined) return fail(`signed by key ${c.keyId}, which this server does not hold`);
  if (!signatureValid(c, key))
    return fail('the signature does not verify: the checkpoint was forged or altered');
  if (c.seq === 0)
    return c.headHash === GENESIS_HASH
      ? { ok: true, reason: null }
      : fail('a checkpoint at seq 0 must hold the genesis hash');
  const link = await db.selectFrom(c.chain).select('hash').where('seq', '=', c.seq).executeTakeFirst();
  if (link === undefined) return fail(`the chain no longer has link ${c.seq} (deleted or truncated)`);
  if (link.hash !== c.headHash)
    return fail(
      `the chain no longer extends it: link ${c.seq} now hashes to ${link.hash}, the checkpoint says ${c.headHash} (rewritten)`,
    );
  return { ok: true, reason: null };
}
