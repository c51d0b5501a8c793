import type { Statements } from './sql';

/**
 * The inventory's change log (migration 0022, `inventory_changes`) grows by a few rows per push;
 * readers use only rows of the last half hour (server/src/inventory/cache.ts). Every PRUNE_EVERY-th
 * push of a process deletes, in its transaction, up to PRUNE_ROWS rows older than an hour (by
 * the database's clock, which wrote them). On PostgreSQL rows another transaction is deleting are
 * skipped, so two processes pruning at once never wait on each other.
 */
const PRUNE_EVERY = 256;
const PRUNE_ROWS = 10_000;
const KEEP_MS = 3_600_000;

let pushes = 0;

export async function pruneInventoryChanges(s: Statements): Promise<void> {
  if (pushes++ % PRUNE_EVERY !== 0) return;
  if (s.dialect === 'postgres')
    await s.run(
      `delete from inventory_changes where ctid = any(array(
         select ctid from inventory_changes
         where at < (extract(epoch from clock_timestamp()) * 1000)::bigint - ?
         limit ? for update skip locked))`,
      [KEEP_MS, PRUNE_ROWS],
    );
  else
    await s.run(
      `delete from inventory_changes where seq in (
         select seq from inventory_changes
         where at < cast((julianday('now') - 2440587.5) * 86400000 as integer) - ?
         order by at limit ?)`,
      [KEEP_MS, PRUNE_ROWS],
    );
}
