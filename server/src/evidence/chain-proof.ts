import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '../audit/canonical';
import type { ChainReport } from '../audit/verify';

export type ChainRow = { seq: number; prev_hash: string; hash: string; hashed_record: string };

/** The recipe of docs/evidence.md, applied row by row: the same check an auditor runs. */
export function linkOk(row: ChainRow, previous: ChainRow | null): boolean {
  const expectedPrev = previous ? previous.hash : GENESIS_HASH;
  const expectedSeq = previous ? previous.seq + 1 : 1;
  const hash = createHash('sha256').update(`${row.prev_hash}\n${row.hashed_record}`, 'utf8').digest('hex');
  return row.seq === expectedSeq && row.prev_hash === expectedPrev && hash === row.hash;
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
