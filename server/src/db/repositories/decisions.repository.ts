import { ENFORCEMENTS, TOOL_STATUSES, uuidv7 } from '@lantern/shared';
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

export const DECISION_SORTS = ['name', 'toolId', 'status', 'enforcement', 'decidedAt'] as const;
export type DecisionSort = (typeof DECISION_SORTS)[number];

export interface DecisionPageQuery {
  /** Case-insensitive part of the tool's id or name. */
  search?: string;
  status?: readonly ToolStatus[];
  enforcement?: readonly Enforcement[];
  toolIds?: readonly string[];
  sort: DecisionSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface DecisionPageRow extends Decision {
  name: string;
  alternativeName: string | null;
  /** People who ever used the tool: how many a change reaches. */
  users: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Statuses from most to least permissive, enforcement from lightest to strictest: the order people read. */
const rank = (order: readonly string[]) => (v: string) => {
  const i = order.indexOf(v);
  return i === -1 ? order.length : i;
};
const statusRank = rank(TOOL_STATUSES);
const enforcementRank = rank(ENFORCEMENTS);

interface Key {
  tool_id: string;
  status: string;
  enforcement: string;
  decided_at: number;
  label: string;
}
const byName = (a: Key, b: Key) => collator.compare(a.label, b.label) || a.tool_id.localeCompare(b.tool_id);
const COMPARE: Record<DecisionSort, (a: Key, b: Key) => number> = {
  name: byName,
  toolId: (a, b) => a.tool_id.localeCompare(b.tool_id),
  status: (a, b) => statusRank(a.status) - statusRank(b.status),
  enforcement: (a, b) => enforcementRank(a.enforcement) - enforcementRank(b.enforcement),
  decidedAt: (a, b) => Number(a.decided_at) - Number(b.decided_at),
};

/**
 * One page of current decisions, filtered and sorted on the server. A tool has at most one decision,
 * so the few short columns that filtering and sorting need are read for every match (names come from
 * the organisation's tools or the catalog, which lives in code, not in the database); the wide columns,
 * the alternatives' names and the user counts only for the page.
 */
export async function pageDecisions(
  db: Db,
  q: DecisionPageQuery,
  catalogName: (toolId: string) => string | undefined,
): Promise<{ total: number; rows: DecisionPageRow[] }> {
  // An empty list filters everything out, as `in ()` would.
  if (q.status?.length === 0 || q.enforcement?.length === 0 || q.toolIds?.length === 0)
    return { total: 0, rows: [] };
  let keys = db
    .selectFrom('decisions')
    .leftJoin('org_tools', 'org_tools.id', 'decisions.tool_id')
    .select([
      'decisions.tool_id',
      'decisions.status',
      'decisions.enforcement',
      'decisions.decided_at',
      'org_tools.name',
    ]);
  if (q.status) keys = keys.where('decisions.status', 'in', q.status);
  if (q.enforcement) keys = keys.where('decisions.enforcement', 'in', q.enforcement);
  if (q.toolIds) keys = keys.where('decisions.tool_id', 'in', q.toolIds);
  const needle = q.search?.trim().toLowerCase();
  const matches: Key[] = (await keys.execute())
    .map((k) => ({ ...k, label: k.name ?? catalogName(k.tool_id) ?? k.tool_id }))
    .filter(
      (k) => !needle || k.tool_id.toLowerCase().includes(needle) || k.label.toLowerCase().includes(needle),
    );
  const dir = q.order === 'asc' ? 1 : -1;
  matches.sort((a, b) => COMPARE[q.sort](a, b) * dir || byName(a, b));
  const page = matches.slice(q.offset, q.offset + q.limit);
  if (page.length === 0) return { total: matches.length, rows: [] };

  const ids = page.map((k) => k.tool_id);
  const [full, users] = await Promise.all([
    db.selectFrom('decisions').selectAll().where('tool_id', 'in', ids).execute(),
    db
      .selectFrom('tool_users')
      .select(['tool_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tool_id', 'in', ids)
      .groupBy('tool_id')
      .execute(),
  ]);
  const decisions = new Map(full.map((r) => [r.tool_id, decisionFromRow(r)]));
  const altIds = [...new Set(full.flatMap((r) => r.alternative_tool_id ?? []))];
  const altOrgNames = new Map(
    altIds.length === 0
      ? []
      : (await db.selectFrom('org_tools').select(['id', 'name']).where('id', 'in', altIds).execute()).map(
          (r) => [r.id, r.name],
        ),
  );
  const userCounts = new Map(users.map((r) => [r.tool_id, Number(r.n)]));
  const rows = page.flatMap((k): DecisionPageRow[] => {
    const d = decisions.get(k.tool_id);
    if (!d) return []; // gone between the two reads
    const alt = d.alternativeToolId;
    return [
      {
        ...d,
        name: k.label,
        alternativeName: alt === null ? null : (altOrgNames.get(alt) ?? catalogName(alt) ?? alt),
        users: userCounts.get(k.tool_id) ?? 0,
      },
    ];
  });
  return { total: matches.length, rows };
}
