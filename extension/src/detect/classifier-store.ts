import {
  applyOverrides,
  buildClassifier,
  catalog,
  createClassifier,
  mergeTools,
  type Classifier,
  type Tool,
  type ToolOverride,
} from '@lantern/shared';

/**
 * The classifier in use: the newest catalog release this browser has (the bundled one until the
 * server sends a newer one), the organisation's overrides applied, merged with the organisation's
 * tools from the last pull. Rebuilt in place when any of them changes; listeners (URL filters)
 * re-register on change, so a new release takes effect without restarting the service worker.
 */
let current: Classifier = createClassifier();
/** The bundled classifier is the catalog with no organisation tools: an empty list changes nothing. */
let orgToolsKey = '[]';
let catalogTools: readonly Tool[] = catalog;
let catalogKey = 'bundled';
let overridesKey = '[]';
let overrides: readonly ToolOverride[] = [];
let orgTools: readonly Tool[] = [];
const subscribers = new Set<(classifier: Classifier) => void>();

export function getClassifier(): Classifier {
  return current;
}

export interface ClassifierSources {
  /** A release's tools and the key that names it (its SHA-256); null: the bundled catalog. */
  catalog: { key: string; tools: readonly Tool[] } | null;
  overrides: readonly ToolOverride[];
  orgTools: readonly Tool[];
}

/** Rebuilds only when the catalog, the overrides or the organisation's tools really changed. */
export function setClassifierSources(sources: ClassifierSources): boolean {
  const nextCatalogKey = sources.catalog?.key ?? 'bundled';
  const nextOverridesKey = JSON.stringify(sources.overrides);
  const nextOrgKey = JSON.stringify(sources.orgTools);
  if (nextCatalogKey === catalogKey && nextOverridesKey === overridesKey && nextOrgKey === orgToolsKey)
    return false;
  catalogKey = nextCatalogKey;
  catalogTools = sources.catalog?.tools ?? catalog;
  overridesKey = nextOverridesKey;
  overrides = sources.overrides;
  orgToolsKey = nextOrgKey;
  orgTools = sources.orgTools;
  const base = overrides.length === 0 ? catalogTools : applyOverrides(catalogTools, overrides);
  current = buildClassifier(orgTools.length === 0 ? base : mergeTools(base, orgTools));
  for (const notify of subscribers) notify(current);
  return true;
}

/** Rebuilds only when the organisation's tool list really changed. Returns whether it did. */
export function setOrgTools(tools: readonly Tool[]): boolean {
  return setClassifierSources({
    catalog: catalogKey === 'bundled' ? null : { key: catalogKey, tools: catalogTools },
    overrides,
    orgTools: tools,
  });
}

export function onClassifierChange(notify: (classifier: Classifier) => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

/**
 * webNavigation URL filters, one per tool host, so other sites never wake the worker. `hostSuffix`
 * without a leading dot covers the host and its subdomains in one filter (half as many as exact +
 * subdomain pairs); the rare extra match (`notchatgpt.com`) is dropped by the classifier in code.
 */
export function navigationFilters(classifier: Classifier): { hostSuffix: string }[] {
  return classifier.hosts().map((host) => ({ hostSuffix: host }));
}

/** webRequest match patterns for every AI API endpoint host (and its subdomains). */
export function endpointPatterns(classifier: Classifier): string[] {
  const hosts = new Set<string>();
  for (const tool of classifier.tools.values()) for (const host of tool.apiEndpoints) hosts.add(host);
  return [...hosts].sort().map((host) => `*://*.${host}/*`);
}
