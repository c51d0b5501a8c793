import { sql } from 'kysely';
import { chainHash } from '../../audit/canonical';
import type { Db } from '../database';

export type ChainName = 'acknowledgements' | 'audit_log';

/**
 * Reserves the next link of a chain inside the caller's transaction. The UPDATE takes the head row's
 * lock first (PostgreSQL holds it to commit), so concurrent appenders in other processes wait
 * instead of forking the chain. SQLite serialises writers anyway.
 */
export async function nextLink(
  trx: Db,
  chain: ChainName,
  record: Record<string, unknown>,
): Promise<{ seq: number; prevHash: string; hash: string }> {
  await trx
    .updateTable('chain_heads')
    .set({ seq: sql`seq` })
    .where('name', '=', chain)
    .execute();
  const head = await trx
    .selectFrom('chain_heads')
    .select(['seq', 'hash'])
    .where('name', '=', chain)
    .executeTakeFirstOrThrow();
  const seq = Number(head.seq) + 1;
  const hash = chainHash(head.hash, { seq, ...record });
  await trx.updateTable('chain_heads').set({ seq, hash }).where('name', '=', chain).execute();
  return { seq, prevHash: head.hash, hash };
}
