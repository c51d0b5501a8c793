import type { LanternDb } from '../db/app-db';

/** state-table key: per tool, until when "Later" keeps the notice away. Local only, never synced. */
export const SNOOZES_KEY = 'experience:snoozes';
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const MAX_SNOOZES = 500;

interface Snooze {
  toolId: string;
  until: number;
}

async function load(db: LanternDb): Promise<Snooze[]> {
  const row = await db.state.get(SNOOZES_KEY);
  return (row?.value as Snooze[] | undefined) ?? [];
}

/** "Later" on a notice: not again for this tool for a day (issue 17 item 10), on any tab. */
export async function snoozeTool(db: LanternDb, toolId: string, now: number = Date.now()): Promise<void> {
  const live = (await load(db)).filter((s) => s.toolId !== toolId && s.until > now);
  live.push({ toolId, until: now + SNOOZE_MS });
  await db.state.put({ key: SNOOZES_KEY, value: live.slice(-MAX_SNOOZES) });
}

export async function isSnoozed(db: LanternDb, toolId: string, now: number = Date.now()): Promise<boolean> {
  return (await load(db)).some((s) => s.toolId === toolId && s.until > now);
}
