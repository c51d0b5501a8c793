import type { Classifier } from '@lantern/shared';
import type { Browser } from 'wxt/browser';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { toolExperience } from './experience';
import { dismissalsItem } from '../db/state-items';
import { loadLocalState } from './local-state';
import type { ExperienceAnswers, NoticeView } from './messages';
import { contentScriptPage } from './sender';
import { isSnoozed, snoozeTool } from './snooze';

type Sender = Browser.runtime.MessageSender;

/** The tool of the sender's page, classified here from the sender's URL — never from the message. */
async function tabTool(db: LanternDb, classifier: Classifier, sender: Sender) {
  const page = contentScriptPage(sender);
  if (!page) return null;
  const match = classifier.classifyUrl(page.url);
  if (!match) return null;
  const config = await getConfig(db);
  const state = await loadLocalState(db, config);
  const lookup = (id: string) => classifier.tools.get(id);
  return { page, ...(await toolExperience(match.tool, config, state, lookup)) };
}

export async function noticeForTab(
  db: LanternDb,
  classifier: Classifier,
  sender: Sender,
): Promise<NoticeView | null> {
  const found = await tabTool(db, classifier, sender);
  if (!found || found.experience.action !== 'notice') return null;
  if (await isSnoozed(db, found.tool.id)) return null;
  const { experience, decision, tool } = found;
  return {
    toolName: tool.name,
    status: experience.status,
    conditions: decision?.conditions ?? null,
    owes: experience.owes,
    policyChanged: experience.policyChanged,
    dismissible: experience.enforcement === 'inform',
    companyWorkspace: decision?.companyWorkspace ? { link: decision.companyWorkspace.link } : null,
    ...(experience.approvedForYou ? { approvedForYou: true } : {}),
  };
}

export async function openAcknowledge(
  db: LanternDb,
  classifier: Classifier,
  sender: Sender,
): Promise<ExperienceAnswers['openAcknowledge']> {
  const found = await tabTool(db, classifier, sender);
  if (!found) return { opened: false };
  const url = `${browser.runtime.getURL('/acknowledge.html')}?tool=${encodeURIComponent(found.tool.id)}`;
  await browser.tabs.create({ url, openerTabId: found.page.tabId });
  return { opened: true };
}

/** Closing an `inform` notice for good binds nothing; other notices keep coming until the employee acts. */
export async function dismissNotice(
  db: LanternDb,
  classifier: Classifier,
  sender: Sender,
): Promise<ExperienceAnswers['dismissNotice']> {
  const found = await tabTool(db, classifier, sender);
  if (!found || found.experience.enforcement !== 'inform') return { dismissed: false };
  const config = await getConfig(db);
  const dismissal = { toolId: found.tool.id, policyVersion: config?.policy?.version ?? null };
  await dismissalsItem.update(db, (list) =>
    [...list.filter((d) => d.toolId !== found.tool.id), dismissal].slice(-500),
  );
  return { dismissed: true };
}

/** "Later": the notice stays away from this tool for a day. Binds nothing; the tool is the tab's. */
export async function snoozeNotice(
  db: LanternDb,
  classifier: Classifier,
  sender: Sender,
): Promise<ExperienceAnswers['snoozeNotice']> {
  const found = await tabTool(db, classifier, sender);
  if (!found) return { snoozed: false };
  await snoozeTool(db, found.tool.id);
  return { snoozed: true };
}
