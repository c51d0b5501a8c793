import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { uuidv7, type CheckpointJson } from '@lantern/shared';
import type { Db } from '../db/database';
import { lockedHead, type ChainName } from '../db/repositories/chain.repository';
import { canonicalJson } from './canonical';
import { signingKey } from './checkpoint-keys';
import { checkpointWritten } from '../webhooks/hooks';

/**
 * Signed checkpoints: "chain X had N links ending in hash H at time T", signed with the server's
 * Ed25519 key. A chain alone proves only that it is self-consistent — whoever can write the
 * database can recompute every hash. A checkpoint kept outside the database (docs/evidence.md) pins
 * the head: a rewritten chain no longer extends it, and `audit verify --checkpoints` names it.
 */
export const CHAINS: readonly ChainName[] = ['acknowledgements', 'audit_log'];

/** The schema lives in shared/ (CheckpointSchema); `at` is ISO 8601, the server's time of signing. */
export type Checkpoint = CheckpointJson;

/** What is signed: a fixed prefix (so the signature means nothing elsewhere) and the canonical JSON. */
function signedBytes(c: Omit<Checkpoint, 'signature'>): Buffer {
  const { version, chain, seq, headHash, at, keyId } = c;
  return Buffer.from(`lantern-checkpoint\n${canonicalJson({ version, chain, seq, headHash, at, keyId })}`);
}

/**
 * Signs and stores a checkpoint of each chain's head. Each runs in its own transaction that first
 * takes the head row's lock (as appenders do), so the head cannot move while it is read and signed;
 * `due` (the scheduler's test) is asked under that lock, so two server processes never both write
 * the same scheduled checkpoint.
 */
export async function writeCheckpoints(
  db: Db,
  now = Date.now(),
  due: (latest: { seq: number; at: number } | undefined, headSeq: number) => boolean = () => true,
): Promise<Checkpoint[]> {
  const key = await signingKey(db, now);
  const written: Checkpoint[] = [];
  for (const chain of CHAINS) {
    const c = await db.transaction().execute(async (trx) => {
      const head = await lockedHead(trx, chain);
      const latest = await trx
        .selectFrom('chain_checkpoints')
        .select(['seq', 'at'])
        .where('chain', '=', chain)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const last = latest && { seq: Number(latest.seq), at: Number(latest.at) };
      if (!due(last, Number(head.seq))) return null;
      const body = {
        version: 1 as const,
        chain,
        seq: Number(head.seq),
        headHash: head.hash,
        at: new Date(now).toISOString(),
        keyId: key.keyId,
      };
      const signature = sign(null, signedBytes(body), createPrivateKey(key.privateKeyPem)).toString('base64');
      await trx
        .insertInto('chain_checkpoints')
        .values({
          id: uuidv7(now),
          chain,
          seq: body.seq,
          head_hash: body.headHash,
          at: now,
          key_id: key.keyId,
          signature,
        })
        .execute();
      await checkpointWritten(trx, { ...body, signature }, now);
      return { ...body, signature };
    });
    if (c) written.push(c);
  }
  return written;
}

/** The newest stored checkpoint of each chain (for the evidence pack). */
export async function latestCheckpoints(db: Db): Promise<Checkpoint[]> {
  const out: Checkpoint[] = [];
  for (const chain of CHAINS) {
    const r = await db
      .selectFrom('chain_checkpoints')
      .selectAll()
      .where('chain', '=', chain)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (r)
      out.push({
        version: 1,
        chain,
        seq: Number(r.seq),
        headHash: r.head_hash,
        at: new Date(Number(r.at)).toISOString(),
        keyId: r.key_id,
        signature: r.signature,
      });
  }
  return out;
}

/** Whether the signature is the named key's over exactly this checkpoint. */
export function signatureValid(c: Checkpoint, publicKeyPem: string): boolean {
  try {
    return verify(null, signedBytes(c), createPublicKey(publicKeyPem), Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}
