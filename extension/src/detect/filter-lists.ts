import type { Classifier } from '@lantern/shared';

/** What the filtered detection listeners are registered with. */
export interface FilterLists {
  /** Every hostname the classifier matches (domains and URL-prefix hosts), sorted. */
  hosts: readonly string[];
  /** Every AI API endpoint host, sorted. */
  endpoints: readonly string[];
}

export function filterLists(classifier: Classifier): FilterLists {
  const endpoints = new Set<string>();
  for (const tool of classifier.tools.values()) for (const host of tool.apiEndpoints) endpoints.add(host);
  return { hosts: classifier.hosts(), endpoints: [...endpoints].sort() };
}

/**
 * webNavigation URL filters, one per tool host, so other sites never wake the worker. `hostSuffix`
 * without a leading dot covers the host and its subdomains in one filter (half as many as exact +
 * subdomain pairs); the rare extra match (`notchatgpt.com`) is dropped by the classifier in code.
 */
export function navigationFilters(lists: FilterLists): { hostSuffix: string }[] {
  return lists.hosts.map((host) => ({ hostSuffix: host }));
}

/** webRequest match patterns for every AI API endpoint host (and its subdomains). */
export function endpointPatterns(lists: FilterLists): string[] {
  return lists.endpoints.map((host) => `*://*.${host}/*`);
}
