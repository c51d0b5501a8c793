import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical';
import { GENESIS_HASH } from '../audit/canonical';
import { hashedRecord, type ChainReport } from '../audit/verify';
import type { Db } from '../db/database';
import { keysetPages, PAGE_ROWS } from '../exports/datasets';
import type { PagedDataset } from '../exports/datasets';
import type { PersonLabel } from '../security/people';
import { iso } from './datasets';

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
  type Link = Awaited<ReturnType<typeof page>>[number];
  const pages = keysetPages(page, (r: Link) => Number(r.seq), size);
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
    pages: withLinkChecks(pages, (r) => {
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
  };
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
  type Link = Awaited<ReturnType<typeof page>>[number];
  const pages = keysetPages(page, (r: Link) => Number(r.seq), size);
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
    pages: withLinkChecks(pages, (r) => {
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

/** Builds a chain's proof from its exported rows as they go by. */
export class ChainProofBuilder {
  private records = 0;
  private head = GENESIS_HASH;
  private readonly broken: number[] = [];

  constructor(
    private readonly file: string,
    private readonly server: ChainReport,
  ) {}

  add(row: Record<string, unknown>): void {
    this.records++;
    this.head = String(row.hash);
    if (row.link_ok !== true && this.broken.length < 100) this.broken.push(Number(row.seq));
  }

  proof(): ChainProof {
    return {
      chain: this.server.chain,
      file: this.file,
      records: this.records,
      headHash: this.head,
      brokenLinks: [...this.broken],
      server: this.server,
      ok: this.broken.length === 0 && this.server.ok,
    };
  }
}
