import { chainHash } from '../audit/canonical';
import { identityKey, personIdentity } from '../audit/identity';
import type { Db } from '../db/database';
import { lockedHead } from '../db/repositories/chain.repository';
import type { CompletionSource, LiteracyCompletionsTable } from '../db/tables/literacy.table';
import { numOrNull } from '../db/numbers';

export const COMPLETIONS_CHAIN = 'literacy_completions';

export interface NewCompletion {
  id: string;
  email: string | null;
  userId: string | null;
  deviceId: string | null;
  moduleId: string;
  moduleVersion: number;
  moduleSha256: string;
  score: number | null;
  toolId: string | null;
  source: CompletionSource;
  identityAssurance: string;
  at: number;
  receivedAt: number;
}

type Link = Omit<LiteracyCompletionsTable, 'prev_hash' | 'hash'>;

/**
 * The fields a completion's link hashes; verify recomputes exactly these. Not the email: the
 * person's HMAC stands for it, so erasing a person (clearing `email`) leaves the chain verifiable.
 */
export function completionRecord(r: Record<string, unknown>): Record<string, unknown> {
  return {
    seq: Number(r.seq),
    person: r.person,
    id: r.id,
    user_id: r.user_id ?? null,
    device_id: r.device_id ?? null,
    module_id: r.module_id,
    module_version: Number(r.module_version),
    module_sha256: r.module_sha256,
    score: numOrNull(r.score),
    tool_id: r.tool_id ?? null,
    source: r.source,
    identity_assurance: r.identity_assurance,
    at: Number(r.at),
    received_at: Number(r.received_at),
  };
}

/**
 * Appends completions to their chain in the given order, in the caller's transaction. The first
 * statement takes the head row's lock (PostgreSQL holds it to commit), so concurrent appenders wait
 * instead of forking the chain. Each link names its person (HMAC of the email, audit/identity.ts).
 */
export async function appendCompletions(trx: Db, list: readonly NewCompletion[]): Promise<void> {
  if (list.length === 0) return;
  const head = await lockedHead(trx, COMPLETIONS_CHAIN);
  const key = await identityKey(trx);
  let seq = Number(head.seq);
  let prev = head.hash;
  const rows: LiteracyCompletionsTable[] = [];
  for (const c of list) {
    seq += 1;
    const link: Link = {
      seq,
      id: c.id,
      email: c.email,
      user_id: c.userId,
      device_id: c.deviceId,
      module_id: c.moduleId,
      module_version: c.moduleVersion,
      module_sha256: c.moduleSha256,
      score: c.score,
      tool_id: c.toolId,
      source: c.source,
      identity_assurance: c.identityAssurance,
      at: c.at,
      received_at: c.receivedAt,
      person: personIdentity(key, { id: c.userId ?? c.id, email: c.email }),
    };
    const hash = chainHash(prev, completionRecord(link));
    rows.push({ ...link, prev_hash: prev, hash });
    prev = hash;
  }
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('literacy_completions')
      .values(rows.slice(i, i + 200))
      .execute();
  await trx
    .updateTable('chain_heads')
    .set({ seq, hash: prev })
    .where('name', '=', COMPLETIONS_CHAIN)
    .execute();
}
