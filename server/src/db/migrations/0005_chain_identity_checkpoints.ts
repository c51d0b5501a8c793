import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * FROZEN once shipped. The acknowledgement chain starts to cover the person (security finding 9):
 * each new link hashes `person`, a keyed hash of the person's email (audit/identity.ts), so moving an
 * acceptance to someone else by editing `users` breaks `audit verify`. Links written before this
 * migration cannot gain it without rehashing — which is exactly what must stay detectable — so they
 * keep the old rule, and `chain_heads.identity_from_seq` records where the new rule begins: every
 * link from there on must carry `person`, a link without it there is a rewrite.
 * `chain_checkpoints` holds the signed chain heads the server writes (audit/checkpoints.ts) and
 * `checkpoint_keys` the Ed25519 key that signs them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('acknowledgements').addColumn('person', 'text').execute();
  await db.schema
    .alterTable('chain_heads')
    .addColumn('identity_from_seq', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .updateTable('chain_heads')
    .set({ identity_from_seq: sql`seq + 1` })
    .execute();
  // The key of the identity hash: the pseudonym key, made here if this database has none yet, so
  // every process finds it (first writer wins).
  await db
    .insertInto('settings')
    .values({ key: 'pseudonymKey', value: JSON.stringify(randomBytes(32).toString('hex')) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await db.schema
    .createTable('checkpoint_keys')
    .addColumn('key_id', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('chain_checkpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('chain_checkpoints_chain_at')
    .on('chain_checkpoints')
    .columns(['chain', 'at'])
    .execute();
}
