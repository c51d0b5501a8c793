import type { Classifier } from '@lantern/shared';

/**
 * A committed navigation → the tool visited, or null. The URL filters on the listener already
 * narrowed it to tool hosts; this re-checks in code because a filter matches hosts only, while a
 * tool may be a URL prefix (github.com/copilot) and only top-level documents count as visits.
 */
export function classifyNavigation(classifier: Classifier, url: string, frameId: number): string | null {
  if (frameId !== 0 || !/^https?:/.test(url)) return null;
  return classifier.classifyUrl(url)?.toolId ?? null;
}
