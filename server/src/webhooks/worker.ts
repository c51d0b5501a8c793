import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { claim } from './claim';
import { deliver } from './deliver';
import { HOUSEKEEPING_MS, runHousekeeping } from './housekeeping';
import type { Mail } from './send';

export { LEASE_MS } from './claim';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
/** Waits after each failed try: 13 tries spread over about 27 h, so a day-long outage loses nothing. */
export const RETRY_SCHEDULE_MS = [
  5 * S,
  30 * S,
  2 * M,
  10 * M,
  30 * M,
  H,
  2 * H,
  3 * H,
  4 * H,
  5 * H,
  5 * H,
  6 * H,
];

export interface WorkerOptions {
  mail: Mail | null;
  now?: () => number;
  schedule?: number[];
  batch?: number;
}

/** Sends every due delivery once; returns how many were tried. Safe to run from several processes. */
export async function runDueDeliveries(db: Kysely<Database>, o: WorkerOptions): Promise<number> {
  const now = (o.now ?? Date.now)();
  const ids = await claim(db, now, o.batch ?? 20);
  const schedule = o.schedule ?? RETRY_SCHEDULE_MS;
  for (const id of ids) await deliver(db, id, { mail: o.mail, now: o.now, schedule });
  return ids.length;
}

/**
 * Polls every few seconds in the server process (the timer does not keep the process alive), and
 * does the hourly housekeeping (pruning, the coverage check) on the first tick and then every hour.
 */
export function startWebhookWorker(
  db: Kysely<Database>,
  o: WorkerOptions & { intervalMs?: number },
  onError: (err: unknown) => void,
): () => void {
  let running = false;
  let lastHousekeeping = 0;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const now = (o.now ?? Date.now)();
    const chores = now - lastHousekeeping >= HOUSEKEEPING_MS;
    if (chores) lastHousekeeping = now;
    runDueDeliveries(db, o)
      .then(() => (chores ? runHousekeeping(db, now) : undefined))
      .catch(onError)
      .finally(() => (running = false));
  }, o.intervalMs ?? 2000);
  timer.unref();
  return () => clearInterval(timer);
}
