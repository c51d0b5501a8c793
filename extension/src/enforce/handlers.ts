import { uuidv7, type SyncEvent } from '@lantern/shared';
import type { Browser } from 'wxt/browser';
import type { LanternDb } from '../db/app-db';
import { classifier, toolLookup } from '../detect/classifier-store';
import { classifierForPage } from '../detect/head-classifier';
import { handle } from '../messaging/router';
import * as acts from './acts';
import { dismissNotice, noticeForTab, openAcknowledge, snoozeNotice } from './notice-handlers';
import { contentScriptPage, isTopLevelExtensionPage } from './sender';
import { registerLiteracyHandlers } from '../literacy/handlers';

export interface ExperienceDeps {
  db: () => LanternDb;
  /** The sync side: validate, queue and push soon. */
  record: (event: SyncEvent) => Promise<string>;
  /** Brings the browser's block rules in step after an act (block-sync.ts in the extension). */
  syncRules: (db: LanternDb) => Promise<unknown>;
  /** A tool's page has just loaded in a tab (detect/watch.ts, `countPageLoad`). */
  pageLoaded?: (page: { tabId: number; url: string }) => Promise<void>;
}

/** Counting a visit must never cost the page its notice. */
const warnDetection = (error: unknown) => console.warn('lantern: counting a page load failed', error);

/** The classifier for the sender's page: the head tools' before the catalog is read, where they can say. */
function pageClassifier(db: LanternDb, sender: Browser.runtime.MessageSender) {
  const page = contentScriptPage(sender);
  return page ? classifierForPage(db, page.url) : classifier();
}

function requireTopLevelPage(sender: Browser.runtime.MessageSender): void {
  if (!isTopLevelExtensionPage(sender)) throw new Error('not allowed from a framed page');
}

/**
 * The background's answers to the experience messages. The router already refuses page-only
 * messages from content scripts; acts are additionally refused from framed extension pages.
 */
export function registerExperienceHandlers(deps: ExperienceDeps): void {
  registerLiteracyHandlers(deps);
  const actsDeps = async () => {
    const db = deps.db();
    return { db, record: deps.record, lookup: await toolLookup(), afterChange: () => deps.syncRules(db) };
  };
  handle('noticeForTab', async (m, sender) => {
    const db = deps.db();
    const page = m.load ? contentScriptPage(sender) : null;
    // Counted beside the answer, not before it: counting waits for the whole catalog, the answer
    // for a most used tool does not (detect/head-classifier.ts).
    if (page && deps.pageLoaded) void deps.pageLoaded(page).catch(warnDetection);
    return noticeForTab(db, await pageClassifier(db, sender), sender);
  });
  handle('openAcknowledge', async (_m, sender) => {
    const db = deps.db();
    return openAcknowledge(db, await pageClassifier(db, sender), sender);
  });
  handle('dismissNotice', async (_m, sender) => {
    const db = deps.db();
    return dismissNotice(db, await pageClassifier(db, sender), sender);
  });
  handle('snoozeNotice', async (_m, sender) => {
    const db = deps.db();
    return snoozeNotice(db, await pageClassifier(db, sender), sender);
  });
  handle('register', async ({ type: _t, ...input }, sender) => {
    requireTopLevelPage(sender);
    return acts.register(await actsDeps(), input);
  });
  handle('acceptPolicy', async (m, sender) => {
    requireTopLevelPage(sender);
    return acts.acceptPolicy(await actsDeps(), m.toolId, m.acceptance);
  });
  handle('justify', async (m, sender) => {
    requireTopLevelPage(sender);
    return acts.justify(await actsDeps(), m.toolId, m.reason);
  });
  handle('requestApproval', async (m, sender) => {
    requireTopLevelPage(sender);
    return acts.requestApproval(await actsDeps(), m.toolId, m.reason);
  });
  handle('withdrawRegistration', async (m, sender) => {
    requireTopLevelPage(sender);
    return acts.withdrawRegistration(await actsDeps(), m.toolId);
  });
  handle('selfReport', async ({ type: _t, ...report }, sender) => {
    requireTopLevelPage(sender);
    const at = Date.now();
    return { id: await deps.record({ id: uuidv7(at), at, kind: 'self_report', ...report }) };
  });
}
