import { canonicalJson } from '../audit/canonical';
import { hashedRecord } from '../audit/verify';
import type { Db } from '../db/database';
import { keysetPages, PAGE_ROWS } from '../exports/datasets';
import type { PagedDataset } from '../exports/datasets';
import type { PersonLabel } from '../security/people';
import { linkOk, type ChainRow } from './chain-proof';
import { iso } from '../exports/iso';

/**
 * The two hash chains as exported rows that an auditor can re-verify without Lantern: each row
 * carries `hashed_record`, the exact canonical JSON the server hashed, so
 * `hash = SHA-256(prev_hash + "\n" + hashed_record)`. The record comes from audit/verify.ts's
 * hashedRecord, so the pack and `audit verify` can never disagree on what was hashed. Read in seq
 * order a page at a time; each row's `link_ok` is checked against the row before it, across pages.
 */
export function acknowledgementChain(db: Db, label: PersonLabel, size = PAGE_ROWS): PagedDataset {
  const page = (after: number | null, n: number) =>
    db
      .selectFrom('acknowledgements')
      .innerJoin('users', 'users.id', 'acknowledgements.user_id')
      .selectAll('acknowledgements')
      .select('users.email')
      .$if(after !== null, (q) => q.where('seq', '>', after!))
      .orderBy('seq')
      .limit(n)
      .execute();
  const columns = ['seq', 'event_id', 'person', 'device_id', 'policy_version', 'policy_sha256'];
  columns.push('tool_id', 'conditions_sha256', 'accepted_at', 'received_at');
  return chainDataset(page, size, columns, (r) => {
    const record = hashedRecord('acknowledgements', r);
    return {
      seq: Number(r.seq),
      event_id: r.id,
      person: label({ id: r.user_id, email: r.email }),
      device_id: r.device_id,
      policy_version: Number(r.policy_version),
      policy_sha256: r.policy_sha256,
      tool_id: r.tool_id,
      conditions_sha256: r.conditions_sha256,
      accepted_at: iso(r.at),
      received_at: iso(r.received_at),
      prev_hash: r.prev_hash,
      hash: r.hash,
      hashed_record: canonicalJson(record),
    };
  });
}

export function auditChain(db: Db, size = PAGE_ROWS): PagedDataset {
  const page = (after: number | null, n: number) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .$if(after !== null, (q) => q.where('seq', '>', after!))
      .orderBy('seq')
      .limit(n)
      .execute();
  return chainDataset(page, size, ['seq', 'at', 'actor', 'action', 'target', 'details'], (r) => {
    const record = hashedRecord('audit_log', r);
    return {
      seq: Number(r.seq),
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      target: r.target,
      details: r.details,
      prev_hash: r.prev_hash,
      hash: r.hash,
      hashed_record: canonicalJson(record),
    };
  });
}

/**
 * A chain's dataset: its own columns, then the link columns every chain has, read in `seq` order a
 * page at a time with each row's link checked against the one before it.
 */
function chainDataset<R extends { seq: number | string | bigint }, T extends ChainRow>(
  page: (after: number | null, n: number) => Promise<R[]>,
  size: number,
  columns: readonly string[],
  toRow: (r: R) => T,
): PagedDataset {
  return {
    columns: [...columns, 'prev_hash', 'hash', 'hashed_record', 'link_ok'],
    pages: withLinkChecks(
      keysetPages(page, (r) => Number(r.seq), size),
      toRow,
    ),
  };
}

async function* withLinkChecks<R, T extends ChainRow>(
  pages: AsyncIterable<R[]>,
  toRow: (r: R) => T,
): AsyncGenerator<(T & { link_ok: boolean })[]> {
  let previous: T | null = null;
  for await (const page of pages) {
    yield page.map((r) => {
      const row = toRow(r);
      const checked = { ...row, link_ok: linkOk(row, previous) };
      previous = row;
      return checked;
    });
  }
}
