import type { Classifier, Tool, ToolOverride } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { hasBaselineLoader, setBaselineLoader } from './baseline';
import { usableCatalog } from './catalog-release';
import { buildFromSources, keyOf, type ClassifierSources } from './classifier-store';
import { readPackagedCatalog } from './packaged-catalog';

/**
 * The classifier the extension's pages show tools with, from the same sources as the worker's
 * (classifier-store.ts): the newest catalog release this browser accepted, else the catalog file in
 * the package, with the organisation's overrides and tools. The pages used to build it from the
 * catalog compiled into their own script: every tool definition in each page (its script 348 KB
 * gzip with 5,077 tools) and none of the tools a newer release brought.
 */
let last: { key: string; classifier: Promise<Classifier> } | undefined;

export async function pageClassifier(
  db: LanternDb,
  orgTools: readonly Tool[],
  overrides: readonly ToolOverride[],
): Promise<Classifier> {
  if (!hasBaselineLoader()) setBaselineLoader(readPackagedCatalog); // a page: the package file
  const release = await usableCatalog(db);
  const sources: ClassifierSources = {
    catalog: release ? { key: release.sha256, tools: release.tools } : null,
    overrides,
    orgTools,
  };
  const key = keyOf(sources);
  if (last?.key !== key) last = { key, classifier: buildFromSources(sources) };
  return last.classifier;
}
