import { t } from '../i18n';
import type { LanternDb } from '../db/app-db';
import type { ConfigRow } from '../db/types';
import { findNewAnswers, SEEN_ANSWERS_KEY, UNREAD_ANSWERS_KEY, type NewAnswer } from './answers';

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
  const seen = (await db.state.get(SEEN_ANSWERS_KEY))?.value as string[] | undefined;
  const { fresh, remember } = findNewAnswers(config.requests, config.exceptions ?? [], seen);
  await db.state.put({ key: SEEN_ANSWERS_KEY, value: remember });
  if (fresh.length === 0) return 0;
  const unread =
    (((await db.state.get(UNREAD_ANSWERS_KEY))?.value as number | undefined) ?? 0) + fresh.length;
  await db.state.put({ key: UNREAD_ANSWERS_KEY, value: unread });
  await showUnread(unread);
  await notify(fresh, nameOf).catch((error) => console.warn('lantern: notification failed', error));
  return fresh.length;
}

/** The employee opened the popup (or clicked the notification): the answers are read. */
export async function markAnswersRead(db: LanternDb): Promise<void> {
  await db.state.put({ key: UNREAD_ANSWERS_KEY, value: 0 });
  await showUnread(0);
}
