import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './database';
import { migrationProvider } from './migrations';

/**
 * Brings the schema up to date; throws naming the migration that failed. Kysely's migrator takes a
 * lock, but two processes starting on a brand-new PostgreSQL database can still collide while
 * creating its bookkeeping tables, so a failed attempt is retried a few times before giving up.
 */
export async function migrateToLatest(db: Kysely<Database>, attempts = 3): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
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
