import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db } from '../db/database';

const TEXT = 'select id, user_id from devices where token_hash = {} and revoked_at is null';
const SQLITE = TEXT.replace('{}', '?');
const POSTGRES = TEXT.replace('{}', '$1');

/**
 * The live device whose token hashes to `tokenHash` (hashToken), as findDeviceByToken
 * (db/repositories/devices.repository.ts) reads it, as one constant statement: every request of
 * every enrolled browser runs it, and building the query with Kysely each time cost more than
 * running it (docs/performance.md). The caller hashed the token once for the whole request.
 */
export async function deviceByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; user_id: string } | undefined> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES : SQLITE;
  const { rows } = await db.executeQuery<{ id: string; user_id: string }>(
    CompiledQuery.raw(text, [tokenHash]),
  );
  return rows[0];
}
