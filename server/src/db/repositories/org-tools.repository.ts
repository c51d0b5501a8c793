import type { Tool } from '@lantern/shared';
import type { Db } from '../database';

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

export async function insertOrgTool(trx: Db, tool: Tool, now: number): Promise<void> {
  await trx
    .insertInto('org_tools')
    .values({ id: tool.id, name: tool.name, data: JSON.stringify(tool), created_at: now, updated_at: now })
    .execute();
}

export async function updateOrgTool(trx: Db, tool: Tool, now: number): Promise<boolean> {
  const res = await trx
    .updateTable('org_tools')
    .set({ name: tool.name, data: JSON.stringify(tool), updated_at: now })
    .where('id', '=', tool.id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteOrgTool(trx: Db, id: string): Promise<boolean> {
  const res = await trx.deleteFrom('org_tools').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** An organisation tool with this hostname among its domains, or this name (case-insensitive). */
export async function findOrgToolByHostOrName(
  db: Db,
  hostname: string | null,
  name: string,
): Promise<Tool | undefined> {
  const wanted = name.trim().toLowerCase();
  const tools = await listOrgTools(db);
  return tools.find(
    (t) => (hostname !== null && t.domains.includes(hostname)) || t.name.trim().toLowerCase() === wanted,
  );
}
