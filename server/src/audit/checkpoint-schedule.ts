import type { Db } from '../db/database';
import { writeCheckpoints } from './checkpoints';

const HOUR_MS = 3_600_000;

/**
 * The scheduled rule: a chain gets a checkpoint when it has none, when its latest is a day old, or
 * when its head moved and the latest is an hour old — at least daily, at most hourly.
 */
export function checkpointDue(
  latest: { seq: number; at: number } | undefined,
  headSeq: number,
  now: number,
): boolean {
  if (latest === undefined) return true;
  if (now - latest.at >= 24 * HOUR_MS) return true;
  return latest.seq !== headSeq && now - latest.at >= HOUR_MS;
}

/**
 * Checks hourly in the server process (the timer does not keep the process alive). Several
 * PostgreSQL processes may all tick: writeCheckpoints asks `checkpointDue` under the head row's
 * lock, so the first writes and the others find its checkpoint and skip.
 */
export function scheduleCheckpoints(db: Db, onError: (error: unknown) => void): () => void {
  const tick = () =>
    void writeCheckpoints(db, Date.now(), (l, s) => checkpointDue(l, s, Date.now())).catch(onError);
  tick();
  const timer = setInterval(tick, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
