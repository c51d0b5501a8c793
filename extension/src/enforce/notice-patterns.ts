import type { Classifier } from '@lantern/shared';

/**
 * Match patterns for the in-page notice: each AI tool's own hostnames (and their subdomains) and
 * its URL prefixes, nothing else. The content script still asks the background, which classifies
 * the page again with the exact rules (`/copilot-fan` is not `/copilot`), so a loose pattern can
 * only lead to a script that draws nothing.
 */
export function noticeMatchPatterns(classifier: Classifier): string[] {
  const patterns = new Set<string>();
  for (const tool of classifier.tools.values()) {
    for (const domain of tool.domains) patterns.add(`https://*.${domain}/*`);
    for (const prefix of tool.urlPrefixes) patterns.add(`https://${prefix}*`);
  }
  return [...patterns].sort();
}
