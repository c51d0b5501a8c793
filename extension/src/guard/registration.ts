import type { Classifier } from '@lantern/shared';
import { oneAtATime } from '../serial';

export const GUARD_SCRIPT_ID = 'lantern-guard';
const GUARD_SCRIPT_FILE = 'content-scripts/guard.js';

/**
 * Registers the guard content script for the guarded tools' pages only, at run time (like the
 * notice, enforce/notice-registration.ts): no tool guarded, no script anywhere. `document_start`,
 * so the paste listener is in place before the page's own; top frame only, like the notice.
 */
const serially = oneAtATime();

export function guardMatchPatterns(classifier: Classifier, toolIds: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const id of toolIds) {
    const tool = classifier.tools.get(id);
    if (!tool) continue;
    for (const domain of tool.domains) patterns.add(`https://*.${domain}/*`);
    for (const prefix of tool.urlPrefixes) patterns.add(`https://${prefix}*`);
  }
  return [...patterns].sort();
}

export function registerGuardScript(classifier: Classifier, toolIds: readonly string[]): Promise<number> {
  return serially(() => replace(guardMatchPatterns(classifier, toolIds)));
}

async function replace(matches: string[]): Promise<number> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  const same =
    existing !== undefined &&
    (existing.matches ?? []).length === matches.length &&
    [...(existing.matches ?? [])].sort().every((m, i) => m === matches[i]);
  if (same) return matches.length;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (matches.length === 0) return 0;
  await browser.scripting.registerContentScripts([
    {
      id: GUARD_SCRIPT_ID,
      js: [GUARD_SCRIPT_FILE],
      matches,
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
  return matches.length;
}
