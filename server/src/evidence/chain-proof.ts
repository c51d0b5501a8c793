import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical';
import { GENESIS_HASH } from '../audit/canonical';
import { hashedRecord, type ChainReport } from '../audit/verify';
import type { Db } from '../db/database';
import type { Dataset } from '../exports/datasets';
import { personLabeler } from '../security/people';
import { iso } from './datasets';

/**
 * The two hash chains as exported rows that an auditor can re-verify without Lantern: each row
 * carries `hashed_record`, the exact canonical JSON the server hashed, so
 * `hash = SHA-256(prev_hash + "\n" + hashed_record)`. The record comes from audit/verify.ts's
 * hashedRecord, so the pack and `audit verify` can never disagree on what was hashed.
 */
export async function acknowledgementChain(db: Db): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('acknowledgements')
    .innerJoin('users', 'users.id', 'acknowledgements.user_id')
    .selectAll('acknowledgements')
    .select('users.email')
    .orderBy('seq')
    .execute();
  return {
    columns: [
      'seq',
      'event_id',
      'person',
      'device_id',
      'policy_version',
      'policy_sha256',
      'tool_id',
      'conditions_sha256',
      'accepted_at',
      'received_at',
      'prev_hash',
      'hash',
      'hashed_record',
      'link_ok',
    ],
    rows: withLinkChecks(
      rows.map((r) => {
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
      }),
    ),
  };
}

export async function auditChain(db: Db): Promise<Dataset> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  return {
    columns: [
      'seq',
      'at',
      'actor',
      'action',
      'target',
      'details',
      'prev_hash',
      'hash',
      'hashed_record',
      'link_ok',
    ],
    rows: withLinkChecks(
      rows.map((r) => {
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
      }),
    ),
  };
}

type ChainRow = { seq: number; prev_hash: string; hash: string; hashed_record: string };

/** The recipe of docs/evidence.md, applied row by row: the same check an auditor runs. */
export function linkOk(row: ChainRow, previous: ChainRow | null): boolean {
  const expectedPrev = previous ? previous.hash : GENESIS_HASH;
  const expectedSeq = previous ? previous.seq + 1 : 1;
  const hash = createHash('sha256').update(`${row.prev_hash}\n${row.hashed_record}`, 'utf8').digest('hex');
  return row.seq === expectedSeq && row.prev_hash === expectedPrev && hash === row.hash;
}

function withLinkChecks<T extends ChainRow>(rows: T[]): (T & { link_ok: boolean })[] {
  return rows.map((r, i) => ({ ...r, link_ok: linkOk(r, rows[i - 1] ?? null) }));
}

export interface ChainProof {
  chain: string;
  file: string;
  records: number;
  headHash: string;
  /** Rows of the pack whose link does not verify (seq numbers, first 100). */
  brokenLinks: number[];
  /** The server's own walk of the chain, including the stored head (a truncated tail shows here). */
  server: ChainReport;
  ok: boolean;
}

export function chainProof(file: string, data: Dataset, server: ChainReport): ChainProof {
  const broken = data.rows.filter((r) => r.link_ok !== true).map((r) => Number(r.seq));
  const last = data.rows[data.rows.length - 1];
  return {
    chain: server.chain,
    file,
    records: data.rows.length,
    headHash: last ? String(last.hash) : GENESIS_HASH,
    brokenLinks: broken.slice(0, 100),
    server,
    ok: broken.length === 0 && server.ok,
  };
}
