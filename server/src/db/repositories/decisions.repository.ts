import { uuidv7 } from '@lantern/shared';
import type { Decision, DecisionInput, Enforcement, ToolStatus } from '@lantern/shared';
import type { Db } from '../database';
import type { DecisionsTable } from '../tables/config.table';
import { allowedDataClassesColumn, companyWorkspaceColumn } from '../codecs';

export function decisionFromRow(row: DecisionsTable): Decision {
  return {
    toolId: row.tool_id,
    status: row.status as ToolStatus,
    enforcement: row.enforcement as Enforcement,
    conditions: row.conditions,
    allowedDataClasses: allowedDataClassesColumn.decode(row.allowed_data_classes),
    alternativeToolId: row.alternative_tool_id,
    decidedBy: row.decided_by,
    decidedAt: Number(row.decided_at),
    // Omitted rather than null: the wire schema leaves it out for tools without the restriction.
    ...(row.company_workspace
      ? { companyWorkspace: companyWorkspaceColumn.decode(row.company_workspace) }
      : {}),
  };
}

/**
 * The stored restriction after a change: an omitted field keeps the current one, null removes it,
 * and `since` survives a change of link or status as long as the identifiers stay the same.
 */
async function nextCompanyWorkspace(trx: Db, input: DecisionInput, now: number): Promise<string | null> {
  const current = await trx
    .selectFrom('decisions')
    .select('company_workspace')
    .where('tool_id', '=', input.toolId)
    .executeTakeFirst();
  const before = companyWorkspaceColumn.decodeNullable(current?.company_workspace ?? null);
  if (input.companyWorkspace === undefined) return current?.company_workspace ?? null;
  if (input.companyWorkspace === null) return null;
  const { ids, link } = input.companyWorkspace;
  const same = before !== null && before.ids.join(',') === ids.join(',');
  return companyWorkspaceColumn.encode({ ids, link, since: same ? before.since : now });
}

/** Sets the current decision and appends it to the tool's history. */
export async function upsertDecision(
  trx: Db,
  input: DecisionInput,
  decidedBy: string,
  now: number,
): Promise<Decision> {
  const row: DecisionsTable = {
    tool_id: input.toolId,
    status: input.status,
    enforcement: input.enforcement,
    conditions: input.conditions,
    allowed_data_classes: allowedDataClassesColumn.encode(input.allowedDataClasses),
    alternative_tool_id: input.alternativeToolId,
    decided_by: decidedBy,
    decided_at: now,
    company_workspace: await nextCompanyWorkspace(trx, input, now),
  };
  const { tool_id: _key, ...update } = row;
  await trx
    .insertInto('decisions')
    .values(row)
    .onConflict((oc) => oc.column('tool_id').doUpdateSet(update))
    .execute();
  await trx
    .insertInto('decision_history')
    .values({ ...row, id: uuidv7(now) })
    .execute();
  return decisionFromRow(row);
}

/** Removes the current decision; the history keeps every earlier one as evidence. */
export async function deleteDecision(trx: Db, toolId: string): Promise<boolean> {
  const res = await trx.deleteFrom('decisions').where('tool_id', '=', toolId).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function listDecisions(db: Db): Promise<Decision[]> {
  const rows = await db.selectFrom('decisions').selectAll().orderBy('tool_id').execute();
  return rows.map(decisionFromRow);
}

export async function getDecision(db: Db, toolId: string): Promise<Decision | undefined> {
  const row = await db.selectFrom('decisions').selectAll().where('tool_id', '=', toolId).executeTakeFirst();
  return row ? decisionFromRow(row) : undefined;
}

export async function decisionHistory(db: Db, toolId?: string): Promise<Decision[]> {
  let q = db.selectFrom('decision_history').selectAll().orderBy('decided_at', 'desc').orderBy('id', 'desc');
  if (toolId) q = q.where('tool_id', '=', toolId);
  const rows = await q.limit(1000).execute();
  return rows.map((r) => decisionFromRow(r));
}
