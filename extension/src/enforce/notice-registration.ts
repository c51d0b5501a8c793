import type { Classifier } from '@lantern/shared';
import { noticeMatchPatterns } from './notice-patterns';
import { oneAtATime } from '../serial';

export const NOTICE_SCRIPT_ID = 'lantern-notice';
const NOTICE_SCRIPT_FILE = 'content-scripts/notice.js';

/**
 * Registers the notice content script for the AI tools only, at run time: the match list follows the
 * organisation's own tools after every pull without a new extension release, and a browser never
 * runs Lantern code on any other site. (A static manifest list built from the catalog could not
 * include organisation tools.) A changed list is updated in place (`updateContentScripts`): removing
 * the registration and adding it again left every tool's pages without the notice for as long as the
 * browser took to register ~30,000 patterns.
 */
const serially = oneAtATime();

export function registerNoticeScript(classifier: Classifier): Promise<number> {
  // Serialised: a startup registration and a config change must not both try to add the same id.
  return serially(() => replaceNoticeScript(classifier));
}

/**
 * On a browser with no notice registration yet (a fresh install), registers the most used tools'
 * patterns at once, before the catalog has been read: building the classifier that `registerNoticeScript`
 * needs took Firefox ESR seconds after installation, and a tool's page opened meanwhile got no notice.
 * The full list replaces it as soon as the classifier is built. Any existing registration is left as it
 * is, and the patterns are computed only when there is none.
 */
export function registerNoticeScriptFirst(headPatterns: () => readonly string[]): Promise<boolean> {
  return serially(async () => {
    const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [NOTICE_SCRIPT_ID] });
    if (existing) return false;
    const matches = headPatterns();
    if (matches.length === 0) return false;
    await browser.scripting.registerContentScripts([noticeScript([...matches])]);
    return true;
  });
}

const noticeScript = (matches: string[]) => ({
  id: NOTICE_SCRIPT_ID,
  js: [NOTICE_SCRIPT_FILE],
  matches,
  runAt: 'document_idle' as const,
  allFrames: false,
  persistAcrossSessions: true,
});

async function replaceNoticeScript(classifier: Classifier): Promise<number> {
  const matches = noticeMatchPatterns(classifier);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [NOTICE_SCRIPT_ID] });
  // The worker starts often in MV3; leave an identical registration alone.
  if (existing && sameList(existing.matches ?? [], matches)) return matches.length;
  if (matches.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [NOTICE_SCRIPT_ID] });
    return 0;
  }
  const script = noticeScript(matches);
  if (existing) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches.length;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...a].sort();
  return sorted.every((value, i) => value === b[i]);
}
