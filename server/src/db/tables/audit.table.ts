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
  /** The first seq whose link must hash the person (migration 0005); earlier links predate it. */
  identity_from_seq: number;
}

/** A signed statement "chain X had N links ending in hash H at time T" (audit/checkpoints.ts). */
export interface ChainCheckpointsTable {
  id: string;
  chain: string;
  seq: number;
  head_hash: string;
  at: number;
  key_id: string;
  /** Ed25519 over the checkpoint's canonical JSON, base64. */
  signature: string;
}

/** The Ed25519 keys that sign checkpoints, PEM. The oldest is the signing key; any listed one verifies. */
export interface CheckpointKeysTable {
  key_id: string;
  public_key: string;
  private_key: string;
  created_at: number;
}
