import { ToolOverrideSchema, type ToolOverride } from '@lantern/shared';
import type { Db } from '../database';

export interface StoredOverride extends ToolOverride {
  updatedBy: string;
  updatedAt: number;
}

const parseHosts = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
};

/** Every override, by tool id. A row that no longer fits the schema is skipped, never served. */
export async function listOverrides(db: Db): Promise<StoredOverride[]> {
  const rows = await db.selectFrom('tool_overrides').selectAll().orderBy('tool_id').execute();
  return rows.flatMap((r) => {
    const parsed = ToolOverrideSchema.safeParse({
      toolId: r.tool_id,
      name: r.name,
      addDomains: parseHosts(r.add_domains),
      removeDomains: parseHosts(r.remove_domains),
      retired: Number(r.retired) === 1,
      notAi: Number(r.not_ai) === 1,
      note: r.note,
    });
    return parsed.success
      ? [{ ...parsed.data, updatedBy: r.updated_by, updatedAt: Number(r.updated_at) }]
      : [];
  });
}

export async function getOverride(db: Db, toolId: string): Promise<StoredOverride | undefined> {
  return (await listOverrides(db)).find((o) => o.toolId === toolId);
}

export async function putOverride(db: Db, o: ToolOverride, by: string, at: number): Promise<void> {
  const values = {
    name: o.name,
    add_domains: JSON.stringify(o.addDomains),
    remove_domains: JSON.stringify(o.removeDomains),
    retired: o.retired ? 1 : 0,
    not_ai: o.notAi ? 1 : 0,
    note: o.note,
    updated_by: by,
    updated_at: at,
  };
  await db
    .insertInto('tool_overrides')
    .values({ tool_id: o.toolId, ...values })
    .onConflict((c) => c.column('tool_id').doUpdateSet(values))
    .execute();
}

/** Returns whether there was an override to delete. */
export async function deleteOverride(db: Db, toolId: string): Promise<boolean> {
  const result = await db.deleteFrom('tool_overrides').where('tool_id', '=', toolId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
