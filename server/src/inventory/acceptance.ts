import { sql, type SqlBool } from 'kysely';
import type { Db } from '../db/database';

/**
 * "Accepted the current policy", defined once for every figure that shows it: the overview, the
 * Policies page, the People list, the evidence gaps and the rollout view.
 *
 * - A person accepted version N when the acknowledgements chain holds their acceptance of version N
 *   with that version's text (its SHA-256): an acceptance of another text does not count.
 * - The people it is a share of are those Lantern saw using an AI tool (a `tool_users` row), as the
 *   policy is about AI use. People never seen using one are not asked, so they are not "missing".
 */
export interface PolicyRef {
  version: number;
  sha256: string;
}

/** True where `userId` (a column reference, e.g. `users.id`) accepted this version's text. */
export const acceptedSql = (userId: string, policy: PolicyRef) =>
  sql<SqlBool>`exists (select 1 from acknowledgements acc where acc.user_id = ${sql.ref(userId)}
    and acc.policy_version = ${policy.version} and acc.policy_sha256 = ${policy.sha256})`;

/** True where `userId` (a column reference) was seen using an AI tool: the people a share is of. */
export const inScopeSql = (userId: string) =>
  sql<SqlBool>`exists (select 1 from tool_users scope where scope.user_id = ${sql.ref(userId)})`;

/** People in scope, and how many of them accepted each version given (by version). */
export async function acceptanceCounts(db: Db, versions: readonly PolicyRef[]) {
  const people = await db
    .selectFrom((eb) => eb.selectFrom('tool_users').select('user_id').groupBy('user_id').as('p'))
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const accepted = new Map<number, number>();
  if (versions.length > 0) {
    const rows = await db
      .selectFrom('acknowledgements as a')
      .innerJoin('policy_versions as v', (j) =>
        j.onRef('v.version', '=', 'a.policy_version').onRef('v.sha256', '=', 'a.policy_sha256'),
      )
      .where(
        'a.policy_version',
        'in',
        versions.map((v) => v.version),
      )
      .where(inScopeSql('a.user_id'))
      .select(['a.policy_version', (eb) => eb.fn.count<number>('a.user_id').distinct().as('n')])
      .groupBy('a.policy_version')
      .execute();
    for (const r of rows) accepted.set(Number(r.policy_version), Number(r.n));
  }
  return { people: Number(people.n), accepted };
}
