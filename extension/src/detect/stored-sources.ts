import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import type { ConfigRow } from '../db/types';
import { usableCatalog } from './catalog-release';
import type { ClassifierSources } from './classifier-store';

/**
 * What the classifier is built from, as the last pull left it in IndexedDB: the stored release
 * (if newer than the bundled catalog), the organisation's overrides and its own tools. The same
 * after a worker restart as right after the pull that brought them.
 */
export async function classifierSourcesOf(db: LanternDb, config: ConfigRow): Promise<ClassifierSources> {
  const release = await usableCatalog(db);
  return {
    catalog: release ? { key: release.sha256, tools: release.tools } : null,
    overrides: config.overrides ?? [],
    orgTools: config.tools,
  };
}

/** The stored sources, or null before the first pull (no configuration yet: the bundled catalog). */
export async function storedClassifierSources(db: LanternDb): Promise<ClassifierSources | null> {
  const config = await getConfig(db);
  return config ? classifierSourcesOf(db, config) : null;
}
