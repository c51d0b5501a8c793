import { BASELINE_RELEASE_VERSION, PROTOCOL_VERSION, RELEASE_LIMITS, type CatalogRef } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { catalogReleaseItem, type StoredCatalog } from '../db/state-items';
import type { DeviceApi } from '../sync/device-api';

export type { StoredCatalog };

/** The newest catalog release this browser accepted from its server, kept in IndexedDB (`state`). */
export async function storedCatalog(db: LanternDb): Promise<StoredCatalog | undefined> {
  return (await catalogReleaseItem.get(db)) ?? undefined;
}

/** The stored release when it is newer than the bundled catalog (an updated extension may ship a newer one). */
export async function usableCatalog(db: LanternDb): Promise<StoredCatalog | undefined> {
  const release = await storedCatalog(db);
  return release && release.version > BASELINE_RELEASE_VERSION ? release : undefined;
}

/** The version this browser classifies with: its stored release, or the catalog it was built with. */
export async function catalogVersion(db: LanternDb): Promise<number> {
  return Math.max(BASELINE_RELEASE_VERSION, (await storedCatalog(db))?.version ?? 0);
}

/**
 * Fetches and stores the release the server announced when it is newer than what this browser has.
 * Only the content address goes to the server. The release is checked here for size (before and
 * after download), schema, and that its signed bytes hash to the announced address and version —
 * so a truncated, mixed-up or swapped answer is refused. The Ed25519 signature itself was verified
 * by the server when it installed the release (see shared/src/catalog/README.md, "Trust").
 * Returns whether a new release was stored; throws when the announced one could not be taken.
 */
export async function acceptAnnouncedCatalog(
  db: LanternDb,
  api: DeviceApi,
  token: string,
  ref: CatalogRef | null | undefined,
): Promise<boolean> {
  if (!ref || ref.version <= (await catalogVersion(db))) return false;
  if (ref.bytes > RELEASE_LIMITS.maxBytes) throw new Error(`catalog release ${ref.version} is too large`);
  const fetched = await api.catalog(token, { protocolVersion: PROTOCOL_VERSION, sha256: ref.sha256 });
  const release = fetched.release;
  if (release.version !== ref.version || fetched.sha256 !== ref.sha256)
    throw new Error(`catalog release ${ref.version}: the server's answer does not match its address`);
  const value: StoredCatalog = { version: release.version, sha256: ref.sha256, tools: release.tools };
  await catalogReleaseItem.set(db, value);
  return true;
}
