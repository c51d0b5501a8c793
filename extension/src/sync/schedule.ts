import { ALARMS } from './background-engine';

export const DEFAULT_PULL_SECONDS = 300;
/** chrome.alarms will not fire more often than every 30 s in MV3, and the setting has the same floor (docs/protocol.md). */
export const MIN_PULL_SECONDS = 30;

/** The managed value wins over the server's suggestion; both fall back to 300 s, floored at 30 s. */
export function effectivePullSeconds(
  managed: number | null | undefined,
  server: number | null | undefined,
): number {
  const chosen = managed ?? server ?? DEFAULT_PULL_SECONDS;
  return Math.max(MIN_PULL_SECONDS, Math.round(chosen));
}

/** (Re)creates the periodic alarms, leaving ones that already have the right period alone. */
export async function ensureAlarms(pullSeconds: number): Promise<void> {
  const pullPeriod = pullSeconds / 60;
  const [tick, pull] = await Promise.all([browser.alarms.get(ALARMS.tick), browser.alarms.get(ALARMS.pull)]);
  if (!tick) await browser.alarms.create(ALARMS.tick, { periodInMinutes: 1, delayInMinutes: 1 });
  if (pull?.periodInMinutes !== pullPeriod)
    await browser.alarms.create(ALARMS.pull, { periodInMinutes: pullPeriod, delayInMinutes: pullPeriod });
}
