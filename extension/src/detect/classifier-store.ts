import { createClassifier, type Classifier, type Tool } from '@lantern/shared';

/**
 * The classifier in use: the bundled catalog merged with the organisation's tools from the last
 * pull. Rebuilt when the config changes; listeners (URL filters) re-register on change.
 */
let current: Classifier = createClassifier();
/** The bundled classifier is the catalog with no organisation tools: an empty list changes nothing. */
let orgToolsKey = '[]';
const subscribers = new Set<(classifier: Classifier) => void>();

export function getClassifier(): Classifier {
  return current;
}

/** Rebuilds only when the organisation's tool list really changed. Returns whether it did. */
export function setOrgTools(tools: readonly Tool[]): boolean {
  const key = JSON.stringify(tools);
  if (key === orgToolsKey) return false;
  orgToolsKey = key;
  current = createClassifier(tools);
  for (const notify of subscribers) notify(current);
  return true;
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
