import { createHash } from 'node:crypto';
import { createDatabase, createEnrolmentToken, migrateToLatest } from '@lantern/server';
import { rebuildMaintainedCounts, rebuildToolDayPeople } from '@lantern/server/testing';

export const POLICY_BODY = '# AI use policy\n\nUse approved tools only.\n';
export const POLICY = { version: 1, sha256: createHash('sha256').update(POLICY_BODY, 'utf8').digest('hex') };

/**
 * Opens a new bench database the way every inventory generator starts: brings it to the server's
 * schema, creates the enrolment token its browsers enrolled with, and publishes the policy (version 1,
 * `POLICY_BODY`) at `policyPublishedAt`. Closes its connection before returning, so that the bulk
 * loader can open the database its own way (better-sqlite3, a pg client). `url`: `sqlite:FILE` or a
 * PostgreSQL URL.
 */
export async function openBenchDatabase(
  url: string,
  policyPublishedAt: number,
): Promise<{ tokenId: string }> {
  const handle = createDatabase(url);
  try {
    await migrateToLatest(handle.db);
    const tokenId = (await createEnrolmentToken(handle.db, { name: 'bench' })).id;
    await handle.db
      .insertInto('policy_versions')
      .values({
        version: POLICY.version,
        title: 'AI use policy',
        body: POLICY_BODY,
        sha256: POLICY.sha256,
        change_summary: null,
        published_by: 'bench',
        published_at: policyPublishedAt,
      })
      .execute();
    return { tokenId };
  } finally {
    await handle.close();
  }
}

/** The counts ingest would have maintained (migrations 0017 and 0020), rebuilt from the rows just loaded. */
export async function rebuildBenchCounts(url: string): Promise<void> {
  const loaded = createDatabase(url);
  try {
    await rebuildMaintainedCounts(loaded.db);
    await rebuildToolDayPeople(loaded.db);
  } finally {
    await loaded.close();
  }
}
