import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiToken, createDatabase, createEnrolmentToken, migrateToLatest } from '@lantern/server';
import { freshPgDatabase, type FreshPgDatabase } from './pg-database';

export interface BenchDatabase {
  dir: string;
  databaseUrl: string;
  enrollmentToken: string;
  enrolmentTokenId: string;
  adminToken: string;
  policy: { version: number; sha256: string };
  cleanup(): Promise<void>;
}

const POLICY_BODY =
  '# AI use policy\n\nUse approved tools only. Never paste customer data into an unapproved tool.\n';

/**
 * A migrated database with what an admin sets up before devices arrive: an enrolment token without a
 * use limit, an admin token and a published policy (acknowledgements must bind to one).
 */
export async function prepareDatabase(options: { postgresUrl?: string } = {}): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  let databaseUrl = `sqlite:${join(dir, 'lantern.db')}`;
  let pgDatabase: FreshPgDatabase | undefined;
  if (options.postgresUrl) {
    pgDatabase = await freshPgDatabase(options.postgresUrl, 'ingest');
    databaseUrl = pgDatabase.url;
  }
  const handle = createDatabase(databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const enrollment = await createEnrolmentToken(handle.db, { name: 'bench rollout' });
    const api = await createApiToken(handle.db, 'admin', 'bench admin');
    const sha256 = createHash('sha256').update(POLICY_BODY, 'utf8').digest('hex');
    await handle.db
      .insertInto('policy_versions')
      .values({
        version: 1,
        title: 'AI use policy',
        body: POLICY_BODY,
        sha256,
        change_summary: null,
        published_by: 'bench',
        // A day before the workload: its acknowledgements (dated up to an hour back) must come after
        // the publication, or the server refuses them.
        published_at: Date.now() - 86_400_000,
      })
      .execute();
    return {
      dir,
      databaseUrl,
      enrollmentToken: enrollment.token,
      enrolmentTokenId: enrollment.id,
      adminToken: api.token,
      policy: { version: 1, sha256 },
      async cleanup() {
        await pgDatabase?.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await handle.close();
    await pgDatabase?.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
