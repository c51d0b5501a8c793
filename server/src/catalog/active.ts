import {
  BASELINE_RELEASE_VERSION,
  CatalogReleaseSchema,
  applyOverride,
  catalog as compiledCatalog,
  type Tool,
  type ToolOverride,
} from '@lantern/shared';
import {
  indexProfiles,
  supplierProfiles,
  unknownProfile,
  type SupplierProfile,
} from '@lantern/shared/suppliers';
import type { Db } from '../db/database';
import { newestRelease, releaseBody } from '../db/repositories/catalog-releases.repository';
import { listOverrides } from '../db/repositories/tool-overrides.repository';

/** The catalog this process classifies and names tools with: the newest release, overrides applied. */
export interface ActiveCatalog {
  version: number;
  /** null: the catalog compiled into this build. */
  sha256: string | null;
  /** The release's own entries, as published. */
  tools: readonly Tool[];
  byId: ReadonlyMap<string, Tool>;
  overrides: ReadonlyMap<string, ToolOverride>;
  /** Supplier facts by tool id: the release's own when it carries them, else the compiled ones. */
  suppliers: ReadonlyMap<string, SupplierProfile>;
}

const index = (tools: readonly Tool[]) => new Map(tools.map((t) => [t.id, t]));

const baseline: ActiveCatalog = {
  version: BASELINE_RELEASE_VERSION,
  sha256: null,
  tools: compiledCatalog,
  byId: index(compiledCatalog),
  overrides: new Map(),
  suppliers: indexProfiles(supplierProfiles),
};

// One per process. Several server processes (and the CLI) share the database, not this: each one
// refreshes from the database (main.ts every 30 s, and after its own changes).
let active: ActiveCatalog = baseline;

export function activeCatalog(): ActiveCatalog {
  return active;
}

/**
 * A catalog tool by id, with the organisation's rename and hostname changes applied. Retired and
 * "not AI for us" tools are still returned: their history stays in the inventory under their name.
 */
export function activeCatalogTool(toolId: string): Tool | undefined {
  const tool = active.byId.get(toolId);
  if (tool === undefined) return undefined;
  const override = active.overrides.get(toolId);
  if (override === undefined) return tool;
  return applyOverride(tool, { ...override, retired: false, notAi: false }) ?? tool;
}

/** A tool's supplier facts in the catalog in use; every fact "not known" when none are recorded. */
export function activeSupplierProfile(toolId: string): SupplierProfile {
  return active.suppliers.get(toolId) ?? unknownProfile(toolId);
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a damaged row: keep the catalog in use rather than fail every caller
  }
};

/** Re-reads the newest release (its body only when it changed) and the overrides. */
export async function refreshActiveCatalog(db: Db): Promise<ActiveCatalog> {
  const [head, overrides] = await Promise.all([newestRelease(db), listOverrides(db)]);
  let next: ActiveCatalog = { ...active, overrides: new Map(overrides.map((o) => [o.toolId, o])) };
  if (head === undefined || head.version <= BASELINE_RELEASE_VERSION) {
    next = { ...baseline, overrides: next.overrides };
  } else if (head.sha256 !== active.sha256) {
    const body = await releaseBody(db, head.sha256);
    // Verified when installed; parsed again so a hand-edited row can never reach a browser.
    const parsed = body === undefined ? undefined : CatalogReleaseSchema.safeParse(parseJson(body));
    if (parsed?.success)
      next = {
        ...next,
        version: head.version,
        sha256: head.sha256,
        tools: parsed.data.tools,
        byId: index(parsed.data.tools),
        suppliers: parsed.data.suppliers ? indexProfiles(parsed.data.suppliers) : baseline.suppliers,
      };
  }
  active = next;
  return next;
}

/** Tests: back to the compiled catalog. */
export function resetActiveCatalogForTesting(): void {
  active = baseline;
}
