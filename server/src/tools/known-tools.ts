import type { Tool } from '@lantern/shared';
import { activeCatalogTool } from '../catalog/active';
import type { Db } from '../db/database';
import { listOrgTools } from '../db/repositories/org-tools.repository';

/** Tool ids the server accepts from devices and admins: the shared catalog's plus the organisation's. */
export interface KnownTools {
  has(toolId: string): boolean;
  get(toolId: string): Tool | undefined;
}

/** A tool of the catalog in use (the newest installed release, the organisation's overrides applied). */
export function catalogTool(toolId: string): Tool | undefined {
  return activeCatalogTool(toolId);
}

export async function loadKnownTools(db: Db): Promise<KnownTools> {
  const org = new Map((await listOrgTools(db)).map((t) => [t.id, t]));
  const get = (id: string) => org.get(id) ?? activeCatalogTool(id);
  return { has: (id) => get(id) !== undefined, get };
}
