import { createHash } from 'node:crypto';
import type { PolicyVersion } from '@lantern/shared';
import type { Db } from '../database';
import type { PolicyVersionsTable } from '../tables/config.table';

export function policyFromRow(row: PolicyVersionsTable): PolicyVersion {
  return {
    version: Number(row.version),
    title: row.title,
    body: row.body,
    sha256: row.sha256,
    changeSummary: row.change_summary,
    publishedAt: Number(row.published_at),
  };
}

export async function currentPolicy(db: Db): Promise<PolicyVersion | null> {
  const row = await db
    .selectFrom('policy_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? policyFromRow(row) : null;
}

export async function getPolicy(db: Db, version: number): Promise<PolicyVersion | null> {
  const row = await db
    .selectFrom('policy_versions')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? policyFromRow(row) : null;
}

/** Version N+1; the primary key refuses a concurrent publisher that picked the same N. */
export async function publishPolicy(
  trx: Db,
  input: { title: string; body: string; changeSummary: string | null },
  publishedBy: string,
  now: number,
): Promise<PolicyVersion> {
  const last = await trx
    .selectFrom('policy_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  const row: PolicyVersionsTable = {
    version: Number(last?.v ?? 0) + 1,
    title: input.title,
    body: input.body,
    sha256: createHash('sha256').update(input.body, 'utf8').digest('hex'),
    change_summary: input.changeSummary,
    published_by: publishedBy,
    published_at: now,
  };
  await trx.insertInto('policy_versions').values(row).execute();
  return policyFromRow(row);
}

/** Every version, newest first (inventory/acceptance.ts counts who accepted each). */
export async function listPolicies(db: Db): Promise<PolicyVersion[]> {
  const rows = await db.selectFrom('policy_versions').selectAll().orderBy('version', 'desc').execute();
  return rows.map(policyFromRow);
}
