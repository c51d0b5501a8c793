import { sql } from 'kysely';
import { chainHash } from '../../audit/canonical';
import type { Db } from '../database';

export type ChainName = 'acknowledgements' | 'audit_log';

/**
 * Locks a chain's head row inside the caller's transaction and reads it. The no-op UPDATE takes the
 * row's lock first (PostgreSQL holds it to commit), so whoever appends to or signs the chain in
 * another process waits instead of forking it or signing a head that moves. SQLite serialises
 * writers anyway. Every appender and the checkpoint writer start here.
 */
export async function lockedHead(
  trx: Db,
  chain: string,
): Promise<{ seq: number | string | bigint; hash: string }> {
  await trx
    .updateTable('chain_heads')
    .set({ seq: sql`seq` })
    .where('name', '=', chain)
    .execute();
  return trx
    .selectFrom('chain_heads')
    .select(['seq', 'hash'])
    .where('name', '=', chain)
    .executeTakeFirstOrThrow();
}

/** Reserves the next link of a chain inside the caller's transaction (see lockedHead). */
export async function nextLink(
  trx: Db,
  chain: ChainName,
  record: Record<string, unknown>,
): Promise<{ seq: number; prevHash: string; hash: string }> {
  const head = await lockedHead(trx, chain);
  const seq = Number(head.seq) + 1;
  const hash = chainHash(head.hash, { seq, ...record });
  await trx.updateTable('chain_heads').set({ seq, hash }).where('name', '=', chain).execute();
  return { seq, prevHash: head.hash, hash };
}
