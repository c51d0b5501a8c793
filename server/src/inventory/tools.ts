import type { Decision, Tool } from '@lantern/shared';
import type { Db } from '../db/database';
import { getDecision, listDecisions } from '../db/repositories/decisions.repository';
import { getOrgTool } from '../db/repositories/org-tools.repository';
import { catalogTool, loadKnownTools } from '../tools/known-tools';
import { cachedByDataVersion } from './cache';
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

/**
 * One row per tool anyone used, registered, requested, decided on or defined. Computed once per data
 * version and day (see cache.ts): the dashboard's list, its overview and the exports read the same
 * rows until something is written. The array is the caller's; the rows are shared and never changed.
 */
export async function inventoryTools(db: Db, now: number): Promise<InventoryToolRow[]> {
  const rows = await cachedByDataVersion(db, 'inventory-tools', dayString(now), () =>
    computeInventoryTools(db, now),
  );
  return rows.slice();
}

async function computeInventoryTools(db: Db, now: number): Promise<InventoryToolRow[]> {
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
    rows.push(toolRow(id, metrics.get(id) ?? emptyMetrics(), known.get(id), decided.get(id), orgIds.has(id)));
  // Shared by every caller until the next write: frozen, so a caller that changed one would throw
  // rather than change what the others see.
  for (const r of rows) {
    for (const part of [r.signals, r.purposes, r.dataClasses, r.flags.annexIII, r.flags]) Object.freeze(part);
    Object.freeze(r);
  }
  return rows;
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
