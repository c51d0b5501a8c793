import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import type { ConfigRow } from '../db/types';
import { usableCatalog } from './catalog-release';
import type { ClassifierSources } from './classifier-store';

/**
 * The sources last read for a stored configuration row, per database. A release is stored only by
 * a pull, just before the configuration row it came with (which carries a new `pulledAt`), so the
 * same row means the same release. At every start the worker reads the sources for its first
 * classifier and then hears of the same row from the sync start; the release is megabytes, parsed
 * against its schema, and is read once for both.
 */
const lastRead = new WeakMap<
  LanternDb,
  { configVersion: number; pulledAt: number; sources: Promise<ClassifierSources> }
>();

/**
 * What the classifier is built from, as the last pull left it in IndexedDB: the stored release
 * (if newer than the bundled catalog), the organisation's overrides and its own tools. The same
 * after a worker restart as right after the pull that brought them.
 */
export function classifierSourcesOf(db: LanternDb, config: ConfigRow): Promise<ClassifierSources> {
  const last = lastRead.get(db);
  if (last && last.configVersion === config.configVersion && last.pulledAt === config.pulledAt)
    return last.sources;
  const sources = readSources(db, config);
  lastRead.set(db, { configVersion: config.configVersion, pulledAt: config.pulledAt, sources });
  // A failed read is tried again next time, unless a newer read has taken its place meanwhile.
  sources.catch(() => {
    if (lastRead.get(db)?.sources === sources) lastRead.delete(db);
  });
  return sources;
}

async function readSources(db: LanternDb, config: ConfigRow): Promise<ClassifierSources> {
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
