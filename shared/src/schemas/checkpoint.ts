import { z } from 'zod';
import { Sha256Schema } from './primitives';

/**
 * A signed chain checkpoint, one JSON object per line as `lantern audit checkpoint` prints it and
 * `lantern audit verify --checkpoints FILE` reads it (docs/evidence.md). The signature is Ed25519
 * over "lantern-checkpoint\n" and the canonical JSON (keys sorted) of every other field.
 */
export const CheckpointSchema = z.strictObject({
  version: z.literal(1),
  chain: z.enum(['acknowledgements', 'audit_log']),
  seq: z.number().int().min(0),
  headHash: Sha256Schema,
  at: z.iso.datetime(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lower-case hex digits'),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature'),
});
export type CheckpointJson = z.infer<typeof CheckpointSchema>;
