import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { Db } from '../db/database';

// The server's Ed25519 keys that sign the chain checkpoints (checkpoints.ts), kept in `checkpoint_keys`.

export interface SigningKey {
  keyId: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

/** The key's id: the first 16 hex digits of SHA-256 over its public key (SPKI DER). */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * The signing key, made on first use and stored in `checkpoint_keys` (first writer wins across
 * processes: the id is derived from the key, so two processes racing insert two keys and both then
 * use the oldest).
 */
export async function signingKey(db: Db, now = Date.now()): Promise<SigningKey> {
  const existing = await firstKey(db);
  if (existing) return existing;
  const pair = generateKeyPairSync('ed25519');
  const publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await db
    .insertInto('checkpoint_keys')
    .values({
      key_id: keyIdOf(publicKeyPem),
      public_key: publicKeyPem,
      private_key: privateKeyPem,
      created_at: now,
    })
    .onConflict((oc) => oc.column('key_id').doNothing())
    .execute();
  return (await firstKey(db))!;
}

async function firstKey(db: Db): Promise<SigningKey | undefined> {
  const row = await db
    .selectFrom('checkpoint_keys')
    .selectAll()
    .orderBy('created_at')
    .orderBy('key_id')
    .limit(1)
    .executeTakeFirst();
  return row && { keyId: row.key_id, publicKeyPem: row.public_key, privateKeyPem: row.private_key };
}

/** Every public key the server has signed with, by id. */
export async function publicKeys(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('checkpoint_keys').select(['key_id', 'public_key']).execute();
  return new Map(rows.map((r) => [r.key_id, r.public_key]));
}
