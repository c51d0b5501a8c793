import type { Db } from '../db/database';
import type { ChainName } from '../db/repositories/chain.repository';
import { GENESIS_HASH, chainHash } from './canonical';
import { identityKey, personIdentity } from './identity';
import { COMPLETIONS_CHAIN, completionRecord } from '../literacy/chain';

/** The chains `audit verify` walks: the two checkpointed ones and the literacy completions (issue 19). */
export type VerifiedChain = ChainName | typeof COMPLETIONS_CHAIN;

export interface ChainReport {
  chain: VerifiedChain;
  ok: boolean;
  records: number;
  /** The first record that does not verify, and why. */
  firstBroken: { seq: number; reason: string } | null;
  headHash: string;
}

type Row = Record<string, unknown> & { seq: number; prev_hash: string; hash: string };

/**
 * The record each chain hashes, exactly as it was appended. The evidence pack exports this same
 * record (canonical JSON) so auditors re-verify exactly what the server verifies.
 */
export function hashedRecord(chain: VerifiedChain, r: Record<string, unknown>): Record<string, unknown> {
  if (chain === COMPLETIONS_CHAIN) return completionRecord(r);
  return { seq: Number(r.seq), ...hashedFields(chain, r) };
}

function hashedFields(chain: ChainName, r: Record<string, unknown>): Record<string, unknown> {
  if (chain === 'audit_log')
    return { at: Number(r.at), actor: r.actor, action: r.action, target: r.target, details: r.details };
  return {
    // Only links from migration 0005 on carry the person; older ones hash what they always did.
    person: r.person ?? undefined,
    id: r.id,
    user_id: r.user_id,
    device_id: r.device_id,
    policy_version: Number(r.policy_version),
    policy_sha256: r.policy_sha256,
    tool_id: r.tool_id,
    conditions_sha256: r.conditions_sha256,
    at: Number(r.at),
    received_at: Number(r.received_at),
  };
}

/** The page of links after `after` (all from the start when null), acknowledgements with their user's email. */
async function linkPage(db: Db, chain: VerifiedChain, after: number | null): Promise<Row[]> {
  if (chain === COMPLETIONS_CHAIN) {
    let q = db.selectFrom('literacy_completions').selectAll().orderBy('seq').limit(1000);
    if (after !== null) q = q.where('seq', '>', after);
    return await q.execute();
  }
  if (chain === 'audit_log') {
    let q = db.selectFrom('audit_log').selectAll().orderBy('seq').limit(1000);
    if (after !== null) q = q.where('seq', '>', after);
    return await q.execute();
  }
  let q = db
    .selectFrom('acknowledgements')
    .leftJoin('users', 'users.id', 'acknowledgements.user_id')
    .selectAll('acknowledgements')
    .select(['users.id as user_found', 'users.email as user_email', 'users.erased_at as user_erased_at'])
    .orderBy('seq')
    .limit(1000);
  if (after !== null) q = q.where('seq', '>', after);
  return await q.execute();
}

/** Why a link's person is not who its user is now, or null (acknowledgements only). */
function identityFault(r: Row, identityFrom: number, key: string, erased: Set<string>): string | null {
  if (Number(r.seq) < identityFrom)
    return r.person === null ? null : "a link older than its chain's identity rule names a person";
  if (typeof r.person !== 'string')
    return 'the link does not name its person (links from migration 0005 on must)';
  if (r.user_found === null) return 'its person is no longer among the users';
  // An erased person has no email left to recompute from: the stored hash stands, but only for a
  // user whose erasure the (chained) audit log records, so marking a user erased by hand fails.
  if (r.user_erased_at !== null && r.user_erased_at !== undefined)
    return erased.has(String(r.user_id))
      ? null
      : 'its person is marked erased but the audit log records no erasure (users was edited)';
  const now = personIdentity(key, { id: String(r.user_id), email: (r.user_email as string | null) ?? null });
  return now === r.person
    ? null
    : "its person's identity changed (users.email was edited after the link was written)";
}

/** Users whose erasure the audit log records (person.erase, target = user id). */
async function erasedUsers(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('audit_log')
    .select('target')
    .where('action', '=', 'person.erase')
    .execute();
  return new Set(rows.map((r) => r.target));
}

/**
 * Walks a chain in order: sequence numbers without gaps, each link pointing at its predecessor, each
 * hash recomputed from the record, each acknowledgement still naming the person its user is now,
 * and the head row agreeing with the last record (so a deleted tail is caught too). Reads in pages,
 * so memory stays flat however long the chain is.
 */
export async function verifyChain(db: Db, chain: VerifiedChain): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let expected = 1;
  const broken = (seq: number, reason: string): ChainReport => ({
    chain,
    ok: false,
    records: expected - 1,
    firstBroken: { seq, reason },
    headHash: prev,
  });
  // The first page has no lower bound: a row forged at seq 0 or below must be read, not skipped.
  let after: number | null = null;
  const rule = await db
    .selectFrom('chain_heads')
    .select('identity_from_seq')
    .where('name', '=', chain)
    .executeTakeFirst();
  const identityFrom = Number(rule?.identity_from_seq ?? 1);
  const key = chain === 'acknowledgements' ? await identityKey(db) : '';
  const erased = chain === 'acknowledgements' ? await erasedUsers(db) : new Set<string>();
  for (;;) {
    const rows = await linkPage(db, chain, after);
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq < expected) return broken(seq, `unexpected record at seq ${seq} (records start at 1)`);
      if (seq !== expected) return broken(expected, `record ${expected} is missing (next is ${seq})`);
      if (r.prev_hash !== prev) return broken(seq, 'prev_hash does not match the previous record');
      if (chainHash(prev, hashedRecord(chain, r)) !== r.hash)
        return broken(seq, 'content does not match its hash');
      const fault = chain === 'acknowledgements' ? identityFault(r, identityFrom, key, erased) : null;
      if (fault !== null) return broken(seq, fault);
      prev = r.hash;
      expected++;
      after = seq;
    }
  }
  const head = await db
    .selectFrom('chain_heads')
    .select(['seq', 'hash'])
    .where('name', '=', chain)
    .executeTakeFirst();
  if (!head || Number(head.seq) !== expected - 1 || head.hash !== prev) {
    return broken(
      expected,
      `chain head says ${head ? Number(head.seq) : 'nothing'} records but ${expected - 1} verify`,
    );
  }
  return { chain, ok: true, records: expected - 1, firstBroken: null, headHash: prev };
}

export async function verifyAll(db: Db): Promise<ChainReport[]> {
  return [
    await verifyChain(db, 'acknowledgements'),
    await verifyChain(db, 'audit_log'),
    await verifyChain(db, COMPLETIONS_CHAIN),
  ];
}
