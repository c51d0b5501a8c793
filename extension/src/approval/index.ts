import { stopsAtTool } from '@lantern/shared';
import { getDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { toolLookup } from '../detect/classifier-store';
import { toolExperience } from '../enforce/experience';
import { loadLocalState } from '../enforce/local-state';
import { isTopLevelExtensionPage } from '../enforce/sender';
import { toolHome } from '../enforce/tool-home';
import { handle } from '../messaging/router';
import { getEngine, onConfigChanged } from '../sync/background-engine';
import type { ApprovalAnswers } from './messages';
import { announceAnswers, markAnswersRead, NOTIFICATION_PREFIX } from './notify';

/** "Check again" on the blocked page: pull now, then the tool's experience under the new config. */
async function checkAgain(toolId: string): Promise<ApprovalAnswers['checkAgain']> {
  await getEngine().push();
  const pulled = await getEngine().pull();
  const db = getDb();
  const lookup = await toolLookup();
  const tool = lookup(toolId);
  const config = await getConfig(db);
  if (!tool) return { reached: pulled !== 'failed', open: false, pending: false, url: null };
  const { experience } = await toolExperience(tool, config, await loadLocalState(db, config), lookup);
  const open = !stopsAtTool(experience);
  return {
    reached: pulled === 'updated' || pulled === 'unchanged',
    open,
    pending: experience.pendingRequest,
    url: open ? toolHome(tool) : null,
  };
}

/** A click on an answer's notification: the tool when it opens now, else the employee's own page. */
async function openFromNotification(id: string): Promise<void> {
  const db = getDb();
  await markAnswersRead(db);
  const lookup = await toolLookup();
  const tool = id.startsWith(NOTIFICATION_PREFIX) ? lookup(id.slice(NOTIFICATION_PREFIX.length)) : undefined;
  let url = browser.runtime.getURL('/my-ai-use.html');
  if (tool) {
    const config = await getConfig(db);
    const { experience } = await toolExperience(tool, config, await loadLocalState(db, config), lookup);
    if (!stopsAtTool(experience)) url = toolHome(tool);
  }
  await browser.tabs.create({ url });
  await browser.notifications.clear(id);
}

/**
 * The employee hears back: every pulled config is checked for new answers to their requests
 * (notification + badge); the blocked page can pull on demand. Call synchronously from the background.
 */
export function registerApprovalAnswers(): void {
  onConfigChanged(async (config) => {
    const lookup = await toolLookup();
    await announceAnswers(getDb(), config, (id) => lookup(id)?.name ?? id);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('lantern-answer'))
      void openFromNotification(id).catch((error) => console.warn('lantern: notification click', error));
  });
  // The blocked page is web-accessible, so a site could frame it: only a top-level page may ask.
  handle('checkAgain', ({ toolId }, sender) => {
    if (!isTopLevelExtensionPage(sender)) throw new Error('not allowed from a framed page');
    return checkAgain(toolId);
  });
  handle('answersSeen', async (_m, sender) => {
    if (!isTopLevelExtensionPage(sender)) throw new Error('not allowed from a framed page');
    await markAnswersRead(getDb());
    return { read: true as const };
  });
}
