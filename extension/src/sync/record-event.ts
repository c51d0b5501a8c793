import { SyncEventSchema, describeIssues, type SyncEvent } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { enqueue } from '../db/outbox';

/**
 * Background side of queueing: validates against the wire schema (so nothing the protocol forbids
 * — a URL, a prompt — can even enter the outbox) and stores it. Returns the event id.
 * The caller asks the engine to push soon (see sync/background-engine.ts `recordAndPush`).
 */
export async function recordEvent(
  db: LanternDb,
  event: SyncEvent,
  now: number = Date.now(),
): Promise<string> {
  const parsed = SyncEventSchema.safeParse(event);
  if (!parsed.success) throw new Error(`refused event: ${describeIssues(parsed.error)}`);
  await enqueue(db, parsed.data, null, now);
  return parsed.data.id;
}
