import type { Tool } from '@lantern/shared';
import type { Db } from '../database';

/**
 * org_tools.data is the one JSON column read without a row codec (db/codecs.ts), on purpose: every
 * write checks the tool against ToolSchema, but that schema has tightened since rows were first
 * stored (hostnames now go through the public-suffix list), so decoding with today's schema could
 * refuse a row an earlier version stored, and one refused row would take every browser's org tools
 * with it. The write side is the check.
 */
export function toolFromRow(row: { data: string }): Tool {
  return JSON.parse(row.data) as Tool;
}

export async function listOrgTools(db: Db): Promise<Tool[]> {
  const rows = await db.selectFrom('org_tools').select('data').orderBy('id').execute();
  return rows.map(toolFromRow);
}

export async function getOrgTool(db: Db, id: string): Promise<Tool | undefined> {
  const row = await db.selectFrom('org_tools').select('data').where('id', '=', id).executeTakeFirst();
  return row ? toolFromRow(row) : undefined;
}

export async function getOrgTools(db: Db, ids: readonly string[]): Promise<Tool[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('org_tools').select('data').where('id', 'in', ids).orderBy('id').execute();
  return rows.map(toolFromRow);
}

/** The index rows report matching looks tools up by: each hostname and the lower-cased name. */
export function orgToolKeys(tool: Pick<Tool, 'name' | 'domains'>): string[] {
  return [...new Set([`name:${tool.name.trim().toLowerCase()}`, ...tool.domains.map((d) => `host:${d}`)])];
}

async function writeKeys(trx: Db, tool: Tool): Promise<void> {
  await trx.deleteFrom('org_tool_keys').where('tool_id', '=', tool.id).execute();
  await trx
    .insertInto('org_tool_keys')
    .values(orgToolKeys(tool).map((key) => ({ key, tool_id: tool.id })))
    .execute();
}

export async function insertOrgTool(trx: Db, tool: Tool, now: number): Promise<void> {
  await trx
    .insertInto('org_tools')
    .values({ id: tool.id, name: tool.name, data: JSON.stringify(tool), created_at: now, updated_at: now })
    .execute();
  await writeKeys(trx, tool);
}

export async function updateOrgTool(trx: Db, tool: Tool, now: number): Promise<boolean> {
  const res = await trx
    .updateTable('org_tools')
    .set({ name: tool.name, data: JSON.stringify(tool), updated_at: now })
    .where('id', '=', tool.id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  await writeKeys(trx, tool);
  return true;
}

/** Removes the tool and its current decision (its decision history stays as evidence). */
export async function deleteOrgTool(trx: Db, id: string): Promise<boolean> {
  const res = await trx.deleteFrom('org_tools').where('id', '=', id).executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) return false;
  await trx.deleteFrom('org_tool_keys').where('tool_id', '=', id).execute();
  await trx.deleteFrom('decisions').where('tool_id', '=', id).execute();
  return true;
}

/**
 * The organisation tool a report names: one claiming the hostname or a parent domain of it (the
 * longest wins, as in the classifier), else one with this name (case-insensitive). Index lookups only.
 */
export async function findOrgToolForReport(
  db: Db,
  hostname: string | null,
  name: string,
): Promise<string | undefined> {
  const hosts: string[] = [];
  if (hostname !== null)
    for (let h = hostname; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) hosts.push(h);
  const keys = [...hosts.map((h) => `host:${h}`), `name:${name.trim().toLowerCase()}`];
  const rows = await db
    .selectFrom('org_tool_keys')
    .select(['key', 'tool_id'])
    .where('key', 'in', keys)
    .orderBy('tool_id')
    .execute();
  for (const k of keys) {
    const hit = rows.find((r) => r.key === k);
    if (hit) return hit.tool_id;
  }
  return undefined;
}
