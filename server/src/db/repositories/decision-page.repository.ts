import { ENFORCEMENTS, TOOL_STATUSES } from '@lantern/shared';
import type { Decision, Enforcement, ToolStatus } from '@lantern/shared';
import type { Db } from '../database';
import { decisionFromRow } from './decisions.repository';

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

/** Names the organisation's tools do not carry come from the catalog, which lives in code. */
type CatalogName = (toolId: string) => string | undefined;

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

/** The short columns of every decision the filters keep, with the name people see, sorted. */
async function matchingKeys(db: Db, q: DecisionPageQuery, catalogName: CatalogName): Promise<Key[]> {
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
  return matches.sort((a, b) => COMPARE[q.sort](a, b) * dir || byName(a, b));
}

/** The organisation's names of the alternatives the page's decisions point to. */
async function orgToolNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_tools').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The wide columns, the alternatives' names and the user counts, for one page of keys. */
async function pageRows(db: Db, page: Key[], catalogName: CatalogName): Promise<DecisionPageRow[]> {
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
  const altOrgNames = await orgToolNames(db, [...new Set(full.flatMap((r) => r.alternative_tool_id ?? []))]);
  const userCounts = new Map(users.map((r) => [r.tool_id, Number(r.n)]));
  return page.flatMap((k): DecisionPageRow[] => {
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
}

/**
 * One page of current decisions, filtered and sorted on the server. A tool has at most one decision,
 * so the few short columns that filtering and sorting need are read for every match (names come from
 * the organisation's tools or the catalog, which lives in code, not in the database); the wide columns,
 * the alternatives' names and the user counts only for the page.
 */
export async function pageDecisions(
  db: Db,
  q: DecisionPageQuery,
  catalogName: CatalogName,
): Promise<{ total: number; rows: DecisionPageRow[] }> {
  // An empty list filters everything out, as `in ()` would.
  if (q.status?.length === 0 || q.enforcement?.length === 0 || q.toolIds?.length === 0)
    return { total: 0, rows: [] };
  const matches = await matchingKeys(db, q, catalogName);
  const page = matches.slice(q.offset, q.offset + q.limit);
  if (page.length === 0) return { total: matches.length, rows: [] };
  return { total: matches.length, rows: await pageRows(db, page, catalogName) };
}
