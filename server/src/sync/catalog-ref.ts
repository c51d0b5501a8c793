import { BASELINE_RELEASE_VERSION, type CatalogRef, type ToolOverride } from '@lantern/shared';
import type { Db } from '../db/database';
import { newestRelease } from '../db/repositories/catalog-releases.repository';
import { listOverrides } from '../db/repositories/tool-overrides.repository';

/**
 * What a browser learns about the catalog on pull: the newest installed release's address (when it
 * is newer than the catalog compiled into this server) and the organisation's overrides. Read from
 * the database, not this process's memory, so every server process answers the same.
 */
export async function loadCatalogConfig(
  db: Db,
): Promise<{ catalog: CatalogRef | null; overrides: ToolOverride[] }> {
  const [head, stored] = await Promise.all([newestRelease(db), listOverrides(db)]);
  const catalog =
    head === undefined || head.version <= BASELINE_RELEASE_VERSION
      ? null
      : { version: head.version, sha256: head.sha256, bytes: head.bytes };
  const overrides = stored.map(
    ({ toolId, name, addDomains, removeDomains, retired, notAi, note }): ToolOverride => ({
      toolId,
      name,
      addDomains,
      removeDomains,
      retired,
      notAi,
      note,
    }),
  );
  return { catalog, overrides };
}
