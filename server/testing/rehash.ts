import { GENESIS_HASH, chainHash } from '../src/audit/canonical';
import { hashedRecord } from '../src/audit/verify';
import type { Db } from '../src/db/database';
import type { ChainName } from '../src/db/repositories/chain.repository';

/**
 * What an attacker who can write the database does after editing a chain: recompute every link's
 * hash and the head, so the chain is self-consistent again. Tests use it to show that only an
 * external checkpoint can catch such a rewrite.
 */
export async function rehashChain(db: Db, chain: ChainName): Promise<void> {
  const rows = (await db.selectFrom(chain).selectAll().orderBy('seq').execute()) as unknown as Array<
    Record<string, unknown> & { seq: number }
  >;
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const hash = chainHash(prev, hashedRecord(chain, r));
    await db.updateTable(chain).set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
    prev = hash;
  }
  await db
    .updateTable('chain_heads')
    .set({ seq: rows.length, hash: prev })
    .where('name', '=', chain)
    .execute();
}
