import { CompiledQuery } from 'kysely';
import type { Db } from '../db/database';

const READ = CompiledQuery.raw('select version from config_version where id = 1', []);

/**
 * The config version, as getConfigVersion (db/repositories/config.repository.ts) reads it, as one
 * constant statement: every idle browser's pull and every push answer read it, and building the
 * query with Kysely each time cost more than running it (docs/performance.md, "One device path").
 */
export async function readConfigVersion(db: Db): Promise<number> {
  const { rows } = await db.executeQuery<{ version: number | bigint | string }>(READ);
  const row = rows[0];
  if (row === undefined) throw new Error('config_version has no row');
  return Number(row.version);
}
