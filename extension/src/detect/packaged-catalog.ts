import type { Tool } from '@lantern/shared';

/**
 * The catalog the extension was built with ships as a file in the package (`catalog/baseline.json`,
 * written by scripts/baseline-catalog.ts), not inside the service worker's script: most wakes of the
 * worker (sync alarms, messages from its pages) never classify, so they no longer parse ~2,600 tool
 * definitions, and the script stays within its size budget (docs/performance.md, "bundle").
 */
export const PACKAGED_CATALOG_PATH = '/catalog/baseline.json' as const;

export async function readPackagedCatalog(): Promise<readonly Tool[]> {
  const response = await fetch(browser.runtime.getURL(PACKAGED_CATALOG_PATH));
  if (!response.ok) throw new Error(`the packaged catalog could not be read (${response.status})`);
  const tools: unknown = await response.json();
  if (!Array.isArray(tools)) throw new Error('the packaged catalog is not a list of tools');
  // Our own file, built from the same sources as this code and checked against the tool schema
  // when it was written (scripts/baseline-catalog.ts), so not parsed again on every wake.
  return tools as readonly Tool[];
}
