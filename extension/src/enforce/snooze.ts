import type { LanternDb } from '../db/app-db';
import { snoozesItem } from '../db/state-items';

export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const MAX_SNOOZES = 500;

/** "Later" on a notice: not again for this tool for a day (issue 17 item 10), on any tab. */
export async function snoozeTool(db: LanternDb, toolId: string, now: number = Date.now()): Promise<void> {
  await snoozesItem.update(db, (all) => {
    const live = all.filter((s) => s.toolId !== toolId && s.until > now);
    return [...live, { toolId, until: now + SNOOZE_MS }].slice(-MAX_SNOOZES);
  });
}

export async function isSnoozed(db: LanternDb, toolId: string, now: number = Date.now()): Promise<boolean> {
  return (await snoozesItem.get(db)).some((s) => s.toolId === toolId && s.until > now);
}
