import type { Db } from '../db/database';
import { verifyAll, type ChainReport } from './verify';

/**
 * `admin.audit.verify` walks both chains: O(links) reads and hashes per call, 150 s for the soak's
 * 10,000 calls at a few thousand links (issue 23, finding 11) — a cheap way for any staff token to
 * load the server. A call now reuses the last walk while the chain heads are unchanged and the walk
 * is under a minute old, and concurrent calls share one walk; the heads are read every time, so an
 * append is always seen at once. An edit that leaves the heads alone (a direct database write) is
 * seen by the next walk, within a minute; `lantern audit verify` always walks.
 */
const MAX_AGE_MS = 60_000;

interface Entry {
  heads: string;
  at: number;
  reports: Promise<ChainReport[]>;
}
const cache = new WeakMap<Db, Entry>();

export async function verifyAllCached(db: Db, now = Date.now()): Promise<ChainReport[]> {
  const rows = await db.selectFrom('chain_heads').select(['name', 'seq', 'hash']).orderBy('name').execute();
  const heads = rows.map((r) => `${r.name}:${Number(r.seq)}:${r.hash}`).join(',');
  const hit = cache.get(db);
  if (hit && hit.heads === heads && now - hit.at < MAX_AGE_MS) return hit.reports;
  const entry: Entry = { heads, at: now, reports: verifyAll(db) };
  cache.set(db, entry);
  // A failed walk is not kept: the next call walks again.
  entry.reports.catch(() => cache.get(db) === entry && cache.delete(db));
  return entry.reports;
}
