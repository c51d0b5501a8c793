import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './database';
import { migrationProvider } from './migrations';

/**
 * The PostgreSQL schema the migrations create their tables in: the first existing schema of the
 * connection's search_path. Kysely's migrator otherwise looks its bookkeeping tables up in every
 * schema of the database, so a schema migrated next to an already migrated one (one database, a
 * schema per deployment or per test) would find the other schema's tables, skip creating its own,
 * and fail on `relation "kysely_migration_lock" does not exist`. Null on SQLite, or when the
 * search_path names no existing schema (then Kysely's default applies).
 */
async function migrationSchema(db: Kysely<Database>): Promise<string | null> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return null;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? null;
}

/**
 * Brings the schema up to date; throws naming the migration that failed. Kysely's migrator takes a
 * lock, but two processes starting on a brand-new PostgreSQL database can still collide while
 * creating its bookkeeping tables, so a failed attempt is retried a few times before giving up.
 */
export async function migrateToLatest(db: Kysely<Database>, attempts = 3): Promise<void> {
  const schema = await migrationSchema(db);
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Numbers are handed out ahead of merging (0019 shipped before 0017 and 0018): a database that
    // already ran a higher number still runs the lower ones it lacks, each once.
    allowUnorderedMigrations: true,
    // Bookkeeping tables and the migration lock live in (and are looked up in) that schema only.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    if (attempt >= attempts) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
      const reason = error instanceof Error ? error.message : JSON.stringify(error);
      throw new Error(`database migration ${failed} failed: ${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
  }
}
