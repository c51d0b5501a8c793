import { createHash } from 'node:crypto';
import type { Decision, Tool } from '@lantern/shared';
import type { Db } from '../db/database';
import { getDecision, listDecisions } from '../db/repositories/decisions.repository';
import { getOrgTool, getOrgTools } from '../db/repositories/org-tools.repository';
import { activeCatalog } from '../catalog/active';
import { decisionsOf } from './data-beyond';
import { catalogTool, loadKnownTools } from '../tools/known-tools';
import { cachedIncrementally } from './cache';
import { dayString } from './days';
import { annexIIIAreas, emptyMetrics, loadToolMetrics } from './tool-metrics';
import type { ToolMetrics } from './tool-metrics';

export interface InventoryToolRow extends ToolMetrics {
  toolId: string;
  name: string;
  vendor: string;
  category: string;
  source: 'catalog' | 'organisation' | 'unknown';
  status: Decision['status'] | 'undecided';
  enforcement: Decision['enforcement'] | null;
  /** Share (0..1) of the tool's users who accepted the current policy version; null without users. */
  coverage: number | null;
  flags: {
    /** Personal or special-category data registered for a tool not approved for it. */
    sensitiveData: boolean;
    /** EU AI Act Annex III areas among registered purposes: "possible high-risk use — review". */
    annexIII: number[];
  };
}

/**
 * Sensitive data is flagged unless the tool is approved, or approved with conditions that allow
 * exactly the data classes registered.
 */
function sensitiveFlag(m: ToolMetrics, d: Decision | undefined): boolean {
  const sensitive = (['personal', 'special-category'] as const).filter((c) => (m.dataClasses[c] ?? 0) > 0);
  if (sensitive.length === 0) return false;
  if (d?.status === 'approved') return false;
  if (d?.status === 'conditional') return sensitive.some((c) => !d.allowedDataClasses.includes(c));
  return true;
}

function toolRow(
  id: string,
  m: ToolMetrics,
  tool: Tool | undefined,
  d: Decision | undefined,
  organisation: boolean,
): InventoryToolRow {
  return {
    ...m,
    toolId: id,
    name: tool?.name ?? id,
    vendor: tool?.vendor ?? 'Unknown',
    category: tool?.category ?? 'other',
    source: organisation ? 'organisation' : tool ? 'catalog' : 'unknown',
    status: d?.status ?? 'undecided',
    enforcement: d?.enforcement ?? null,
    coverage: m.users > 0 ? m.acknowledged / m.users : null,
    flags: { sensitiveData: sensitiveFlag(m, d), annexIII: annexIIIAreas(m.purposes) },
  };
}

/** The list as cached: rows in tool id order, and where each tool's row is. */
interface ToolList {
  rows: readonly InventoryToolRow[];
  at: ReadonlyMap<string, number>;
}

/**
 * One row per tool anyone used, registered, requested, decided on or defined, in tool id order.
 * Computed once per day and catalog in use, then after each write only for the tools it touched (see
 * cachedIncrementally in cache.ts and migration 0022): the dashboard's list, its overview and the
 * exports read the same rows until something is written. The array is the caller's; the rows are
 * shared and never changed.
 */
export async function inventoryTools(db: Db, now: number): Promise<InventoryToolRow[]> {
  const list = await cachedIncrementally<ToolList>(
    db,
    'inventory-tools',
    `${dayString(now)}|${catalogKey()}`,
    (prev, changes) =>
      prev && !changes.all ? updateInventoryTools(db, now, prev, changes.ids) : computeToolList(db, now),
  );
  return list.rows.slice();
}

/** The list computed from scratch, bypassing every cache of it (for tests and checks). */
export async function inventoryToolsFromScratch(db: Db, now: number): Promise<InventoryToolRow[]> {
  return (await computeToolList(db, now)).rows.slice();
}

const overrideKeys = new WeakMap<object, string>();

/** What names the tools: the catalog release in use and the organisation's overrides. */
function catalogKey(): string {
  const c = activeCatalog();
  let overrides = overrideKeys.get(c.overrides);
  if (overrides === undefined) {
    overrides = createHash('sha256')
      .update(JSON.stringify([...c.overrides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
      .digest('hex');
    overrideKeys.set(c.overrides, overrides);
  }
  return `${c.version}|${c.sha256 ?? ''}|${overrides}`;
}

function listOf(rows: InventoryToolRow[]): ToolList {
  rows.sort((a, b) => (a.toolId < b.toolId ? -1 : a.toolId > b.toolId ? 1 : 0));
  return { rows, at: new Map(rows.map((r, i) => [r.toolId, i])) };
}

/** Shared by every caller until the next write: frozen, so a caller that changed one would throw. */
function frozen(r: InventoryToolRow): InventoryToolRow {
  for (const part of [r.signals, r.purposes, r.dataClasses, r.flags.annexIII, r.flags]) Object.freeze(part);
  return Object.freeze(r);
}

async function computeToolList(db: Db, now: number): Promise<ToolList> {
  const [metrics, decisions, known] = await Promise.all([
    loadToolMetrics(db, now),
    listDecisions(db),
    loadKnownTools(db),
  ]);
  const decided = new Map(decisions.map((d) => [d.toolId, d]));
  const orgIds = new Set((await db.selectFrom('org_tools').select('id').execute()).map((r) => r.id));
  const ids = new Set([...metrics.keys(), ...decided.keys(), ...orgIds]);
  const rows: InventoryToolRow[] = [];
  for (const id of ids)
    rows.push(
      frozen(toolRow(id, metrics.get(id) ?? emptyMetrics(), known.get(id), decided.get(id), orgIds.has(id))),
    );
  return listOf(rows);
}

/**
 * The list after writes that touched only `changed` (tool ids; other entries of the change log,
 * such as `#devices`, are not tools): those tools' rows are computed again, the others kept.
 */
async function updateInventoryTools(
  db: Db,
  now: number,
  prev: ToolList,
  changed: ReadonlySet<string>,
): Promise<ToolList> {
  const ids = [...changed].filter((id) => !id.startsWith('#')).sort();
  if (ids.length === 0) return prev;
  const known = new Map<string, { users: number; acknowledged: number }>();
  for (const id of ids) {
    const i = prev.at.get(id);
    if (i !== undefined) known.set(id, prev.rows[i]!);
  }
  const [metrics, decided, org] = await Promise.all([
    loadToolMetrics(db, now, ids, known),
    decisionsOf(db, ids),
    getOrgTools(db, ids),
  ]);
  const orgTools = new Map(org.map((t) => [t.id, t]));
  const rows = prev.rows.slice();
  const gone = new Set<string>();
  let added = false;
  for (const id of ids) {
    const m = metrics.get(id);
    const d = decided.get(id);
    const o = orgTools.get(id);
    const i = prev.at.get(id);
    if (!m && !d && !o) {
      if (i !== undefined) gone.add(id);
      continue;
    }
    const row = frozen(toolRow(id, m ?? emptyMetrics(), o ?? catalogTool(id), d, o !== undefined));
    if (i !== undefined) rows[i] = row;
    else {
      rows.push(row);
      added = true;
    }
  }
  if (!added && gone.size === 0) return { rows, at: prev.at };
  return listOf(rows.filter((r) => !gone.has(r.toolId)));
}

/**
 * The inventory row of one tool, computed for that tool alone (the same row `inventoryTools` has for
 * it), or null when the inventory has no row for it.
 */
export async function inventoryTool(db: Db, now: number, toolId: string): Promise<InventoryToolRow | null> {
  const [metrics, decision, org] = await Promise.all([
    loadToolMetrics(db, now, toolId),
    getDecision(db, toolId),
    getOrgTool(db, toolId),
  ]);
  const m = metrics.get(toolId);
  if (!m && !decision && !org) return null;
  return toolRow(toolId, m ?? emptyMetrics(), org ?? catalogTool(toolId), decision, org !== undefined);
}
