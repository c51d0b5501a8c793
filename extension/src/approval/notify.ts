import { tw as t } from '../i18n/worker';
import type { LanternDb } from '../db/app-db';
import type { ConfigRow } from '../db/types';
import { answersItem } from '../db/state-items';
import { findNewAnswers, type NewAnswer } from './answers';

/** Notification ids: one per answered tool, or one for several answers at once. */
export const NOTIFICATION_PREFIX = 'lantern-answer:';
export const MANY_ANSWERS_ID = 'lantern-answers';

/** The popup's badge: how many answers the employee has not looked at yet. */
export async function showUnread(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#15803d' });
}

function titleOf(a: NewAnswer, name: string): string {
  if (a.status === 'denied') return t('approval.notifyDenied', { tool: name });
  return a.forYou
    ? t('approval.notifyApproved', { tool: name })
    : t('approval.notifyApprovedForAll', { tool: name });
}

async function notify(fresh: NewAnswer[], nameOf: (toolId: string) => string): Promise<void> {
  const iconUrl = browser.runtime.getURL('/answer-approved.png');
  const [only] = fresh;
  if (fresh.length === 1 && only) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${only.toolId}`, {
      type: 'basic',
      iconUrl,
      title: titleOf(only, nameOf(only.toolId)),
      message: only.note ?? t('approval.notifyBody'),
    });
    return;
  }
  await browser.notifications.create(MANY_ANSWERS_ID, {
    type: 'basic',
    iconUrl,
    title: t('approval.notifyMany', { count: fresh.length }),
    message: t('approval.notifyManyBody'),
  });
}

/**
 * After each pull: tell the employee about answers to their requests they have not heard of — a
 * browser notification and the count on the toolbar badge (cleared when they open the popup).
 * Returns how many answers were new.
 */
export async function announceAnswers(
  db: LanternDb,
  config: ConfigRow,
  nameOf: (toolId: string) => string,
): Promise<number> {
  let fresh: NewAnswer[] = [];
  const { unread } = await answersItem.update(db, (answers) => {
    const found = findNewAnswers(config.requests, config.exceptions ?? [], answers.seen ?? undefined);
    fresh = found.fresh;
    return { seen: found.remember, unread: answers.unread + fresh.length };
  });
  if (fresh.length === 0) return 0;
  await showUnread(unread);
  await notify(fresh, nameOf).catch((error) => console.warn('lantern: notification failed', error));
  return fresh.length;
}

/** The employee opened the popup (or clicked the notification): the answers are read. */
export async function markAnswersRead(db: LanternDb): Promise<void> {
  await answersItem.update(db, (answers) => ({ ...answers, unread: 0 }));
  await showUnread(0);
}
