import {
  applyOverrides,
  buildClassifier,
  mergeTools,
  type Classifier,
  type Tool,
  type ToolOverride,
} from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { baselineTools, hasBaselineLoader, setBaselineLoader } from './baseline';
import { usableCatalog } from './catalog-release';
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
  const release = await usableCatalog(db);
  const key = JSON.stringify([release?.sha256 ?? 'bundled', overrides, orgTools]);
  if (last?.key !== key) last = { key, classifier: build(release?.tools, overrides, orgTools) };
  return last.classifier;
}

async function build(
  releaseTools: readonly Tool[] | undefined,
  overrides: readonly ToolOverride[],
  orgTools: readonly Tool[],
): Promise<Classifier> {
  if (!hasBaselineLoader()) setBaselineLoader(readPackagedCatalog); // a page: the package file
  const catalogTools = releaseTools ?? (await baselineTools());
  const base = overrides.length === 0 ? catalogTools : applyOverrides(catalogTools, overrides);
  return buildClassifier(orgTools.length === 0 ? base : mergeTools(base, orgTools));
}
