import {
  applyOverrides,
  buildClassifier,
  mergeTools,
  type Classifier,
  type Tool,
  type ToolOverride,
} from '@lantern/shared';
import { baselineTools } from './baseline';

/**
 * The classifier in use: the newest catalog release this browser has (the bundled one until the
 * server sends a newer one), the organisation's overrides applied, merged with the organisation's
 * tools from the last pull. Built on first use (the bundled catalog is read then, see baseline.ts)
 * and rebuilt when any source changes; listeners (URL filters) re-register on change, so a new
 * release takes effect without restarting the service worker.
 */
export interface ClassifierSources {
  /** A release's tools and the key that names it (its SHA-256); null: the bundled catalog. */
  catalog: { key: string; tools: readonly Tool[] } | null;
  overrides: readonly ToolOverride[];
  orgTools: readonly Tool[];
}

let sources: ClassifierSources = { catalog: null, overrides: [], orgTools: [] };
let sourcesKey = keyOf(sources);
/** Bumped on every change of sources, so a build started before the change is not kept. */
let generation = 0;
let current: Classifier | undefined;
let building: Promise<Classifier> | undefined;
const subscribers = new Set<(classifier: Classifier) => void>();

/** Names a set of sources: equal keys build the same classifier. */
export function keyOf(s: ClassifierSources): string {
  return JSON.stringify([s.catalog?.key ?? 'bundled', s.overrides, s.orgTools]);
}

/** The classifier of a set of sources (the worker's here, the pages' in page-classifier.ts). */
export async function buildFromSources(from: ClassifierSources): Promise<Classifier> {
  const catalogTools = from.catalog?.tools ?? (await baselineTools());
  const base = from.overrides.length === 0 ? catalogTools : applyOverrides(catalogTools, from.overrides);
  return buildClassifier(from.orgTools.length === 0 ? base : mergeTools(base, from.orgTools));
}

/**
 * Builds the classifier for the sources as they are now. A build overtaken by a change of sources
 * is dropped, and its callers get the newer one: a newer release read at the worker's start must
 * not wait behind a build from the bundled catalog that was started first (its listeners would be
 * registered that much later).
 */
async function rebuild(): Promise<Classifier> {
  const started = generation;
  try {
    const built = await buildFromSources(sources);
    if (started !== generation) return await classifier();
    current = built;
    building = undefined;
    for (const notify of subscribers) notify(built);
    return built;
  } catch (error) {
    if (started !== generation) return classifier(); // its failure no longer matters
    building = undefined;
    throw error;
  }
}

let storedLoader: (() => Promise<ClassifierSources | null>) | undefined;
let storedRead: Promise<void> | undefined;
let sourcesSetSinceLoader = false;

/**
 * Where the worker's stored sources come from: the release, overrides and organisation tools that
 * the last pull left in IndexedDB (entrypoints/background). The first classifier after the worker
 * starts waits for them instead of being built from the bundled catalog while they load. Otherwise
 * a worker woken by the page of a tool only a release or the organisation knows would classify
 * that page without it, and the notice script (registered with each classifier's hosts) would be
 * re-registered with the bundled catalog's hosts alone for a moment at every start, and again with
 * all of them once they arrived. Sources set explicitly (`setClassifierSources`) win over it.
 */
export function setStoredSourcesLoader(load: () => Promise<ClassifierSources | null>): void {
  storedLoader = load;
  storedRead = undefined;
  sourcesSetSinceLoader = false;
  current = undefined;
  building = undefined;
}

function readStoredSources(): Promise<void> {
  storedRead ??= (async () => {
    const stored = await (storedLoader?.() ?? Promise.resolve(null)).catch((error: unknown) => {
      console.warn('lantern: reading the stored catalog sources failed', error);
      return null;
    });
    if (stored && !sourcesSetSinceLoader) {
      sources = stored;
      sourcesKey = keyOf(stored);
    }
  })();
  return storedRead;
}

/** The classifier for the current sources (built, and the catalog read, on first use). */
export function classifier(): Promise<Classifier> {
  if (current) return Promise.resolve(current);
  building ??= readStoredSources().then(rebuild);
  return building;
}

/** The classifier for the current sources if it is built already (no waiting, no reading). */
export function currentClassifier(): Classifier | undefined {
  return current;
}

/** A synchronous lookup over the tools the classifier knows now (catalog and organisation tools). */
export async function toolLookup(): Promise<(toolId: string) => Tool | undefined> {
  const { tools } = await classifier();
  return (toolId) => tools.get(toolId);
}

/** Rebuilds only when the catalog, the overrides or the organisation's tools really changed. */
export async function setClassifierSources(next: ClassifierSources): Promise<boolean> {
  const nextKey = keyOf(next);
  if (nextKey === sourcesKey) {
    sourcesSetSinceLoader = true;
    return false;
  }
  sources = next;
  sourcesKey = nextKey;
  sourcesSetSinceLoader = true;
  generation += 1;
  current = undefined;
  building = rebuild();
  await building;
  return true;
}

/** Rebuilds only when the organisation's tool list really changed. Returns whether it did. */
export function setOrgTools(tools: readonly Tool[]): Promise<boolean> {
  return setClassifierSources({ ...sources, orgTools: tools });
}

/** Called with every classifier built from here on (the first build included). */
export function onClassifierChange(notify: (classifier: Classifier) => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}
