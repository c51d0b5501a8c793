/** Every admin change, append-only and hash-chained like acknowledgements. */
export interface AuditLogTable {
  seq: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/**
 * The head of each hash chain. Writers update this row first in their transaction: on PostgreSQL
 * that row lock serialises appends across server processes, so a chain never forks.
 */
export interface ChainHeadsTable {
  name: string;
  seq: number;
  hash: string;
}
