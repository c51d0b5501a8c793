import { registerApprovalAnswers } from '../approval';
import type { LanternDb } from '../db/app-db';
import { getDb } from '../db/app-db';
import { classifier, onClassifierChange, toolLookup } from '../detect/classifier-store';
import { headNoticePatterns } from '../detect/head-classifier';
import { countPageLoad } from '../detect/watch';
import { onConfigChanged, recordAndPush } from '../sync/background-engine';
import { MIDNIGHT_ALARM, syncBlockRules } from './block-sync';
import { registerExperienceHandlers, type ExperienceDeps } from './handlers';
import { registerNoticeScript, registerNoticeScriptFirst } from './notice-registration';

/** Background upkeep must not stop the worker; the next trigger retries. */
const warn = (error: unknown) => console.warn('lantern experience:', error);

const syncRules = async (db: LanternDb) => syncBlockRules(db, await toolLookup());

/** The background's store and outbox; an act is pushed within seconds (debounced). */
function backgroundDeps(): ExperienceDeps {
  return {
    db: getDb,
    record: recordAndPush,
    syncRules,
    pageLoaded: countPageLoad,
  };
}

/**
 * Wires the employee experience into the background: message handlers, the notice content script
 * registration, block rules kept in step with every config pull, and the midnight alarm that ends
 * a day's justifications. Call synchronously from the background's main.
 */
export function registerExperience(deps: ExperienceDeps = backgroundDeps()): void {
  registerExperienceHandlers(deps);
  registerApprovalAnswers();
  onConfigChanged(async () => {
    await syncRules(deps.db());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) void syncRules(deps.db()).catch(warn);
  });
  onClassifierChange((classifier) => {
    void registerNoticeScript(classifier).catch(warn);
    void syncRules(deps.db()).catch(warn);
  });
  // The most used tools first on a fresh install, the whole list once the catalog is read.
  void registerNoticeScriptFirst(headNoticePatterns).catch(warn);
  void classifier()
    .then((current) => registerNoticeScript(current))
    .catch(warn);
  void syncRules(deps.db()).catch(warn);
}
