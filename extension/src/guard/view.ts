import type { Classifier, Decision } from '@lantern/shared';
import type { Browser } from 'wxt/browser';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { contentScriptPage } from '../enforce/sender';
import type { GuardView } from './messages';

/** The guarded decision for the sender's page, classified from the sender's URL; null if not guarded. */
export async function guardedDecision(
  db: LanternDb,
  classifier: Classifier,
  sender: Browser.runtime.MessageSender,
): Promise<{ decision: Decision; toolName: string } | null> {
  const page = contentScriptPage(sender);
  if (!page) return null;
  const match = classifier.classifyUrl(page.url);
  if (!match) return null;
  const config = await getConfig(db);
  const decision = config?.decisions.find((d) => d.toolId === match.tool.id);
  if (!decision || decision.dataGuard !== true) return null;
  return { decision, toolName: match.tool.name };
}

export async function guardForTab(
  db: LanternDb,
  classifier: Classifier,
  sender: Browser.runtime.MessageSender,
): Promise<GuardView | null> {
  const found = await guardedDecision(db, classifier, sender);
  if (!found) return null;
  return {
    toolName: found.toolName,
    allowedDataClasses: [...found.decision.allowedDataClasses],
    enforcement: found.decision.enforcement,
  };
}

/** The guarded tools' ids in a config, sorted: what the content script registration follows. */
export function guardedToolIds(decisions: readonly Decision[]): string[] {
  return decisions
    .filter((d) => d.dataGuard === true)
    .map((d) => d.toolId)
    .sort();
}
