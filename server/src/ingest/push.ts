import type { SyncEvent } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/database';
import { touchDevice } from '../db/repositories/devices.repository';
import { ingestAcknowledgement, ingestJustification, ingestRegistration, insertRequest } from './records';
import { ingestSelfReport } from './self-report';
import type { IngestDevice } from './types';
import { ingestEmbedded, ingestExtensions, ingestUsage } from './usage';
import { validateAgainstDatabase } from './validate';

export class DeviceRevokedError extends Error {}

export interface PushResult {
  stored: string[];
  duplicates: number;
}

async function ingestOne(trx: Db, d: IngestDevice, e: SyncEvent, now: number): Promise<void> {
  switch (e.kind) {
    case 'usage':
      return ingestUsage(trx, d, e, now);
    case 'embedded_discovery':
      return ingestEmbedded(trx, d, e);
    case 'extension_inventory':
      return ingestExtensions(trx, d, e);
    case 'registration':
    case 'registration_withdrawal':
      return ingestRegistration(trx, d, e, now);
    case 'acknowledgement':
      return ingestAcknowledgement(trx, d, e, now);
    case 'justification':
      return ingestJustification(trx, d, e, now);
    case 'approval_request':
      return insertRequest(
        trx,
        d,
        { id: e.id, kind: 'approval', toolId: e.toolId, reason: e.reason, at: e.at },
        now,
      );
    case 'self_report':
      return ingestSelfReport(trx, d, e, now);
  }
}

/**
 * The order a batch is applied in. Rows shared between devices (per tool × day, per tool × signal,
 * the organisation-tool list, the acknowledgement chain head) are locked in one global order — counts
 * by tool and day first, the chain last — so two processes ingesting overlapping batches on PostgreSQL
 * wait for each other instead of deadlocking. The sort is stable, so a registration and its
 * withdrawal keep their order.
 */
const RANK: Record<SyncEvent['kind'], number> = {
  usage: 0,
  embedded_discovery: 0,
  extension_inventory: 1,
  registration: 2,
  registration_withdrawal: 2,
  justification: 2,
  approval_request: 2,
  self_report: 3,
  acknowledgement: 4,
};

function lockOrderKey(e: SyncEvent): string {
  return e.kind === 'usage' || e.kind === 'embedded_discovery' ? `${e.toolId}\u0000${e.day}` : '';
}

export function inLockOrder(events: Iterable<SyncEvent>): SyncEvent[] {
  return [...events].sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      (lockOrderKey(a) < lockOrderKey(b) ? -1 : lockOrderKey(a) > lockOrderKey(b) ? 1 : 0),
  );
}

/** PostgreSQL's deadlock and serialization failures: the transaction was rolled back whole. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Stores a validated batch in one transaction. The seen-events insert decides which events are new
 * (ON CONFLICT DO NOTHING also waits out a concurrent transaction holding the same ids), so a
 * resent or concurrently duplicated batch is applied exactly once. A transaction PostgreSQL rolled
 * back to break a lock cycle is run again, a few times, before the device is told to retry.
 */
export async function pushEvents(
  db: Kysely<Database>,
  d: IngestDevice,
  events: readonly SyncEvent[],
  now = Date.now(),
): Promise<PushResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushOnce(db, d, events, now);
    } catch (error) {
      if (!isRetryable(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
async function pushOnce(
  db: Kysely<Database>,
  d: IngestDevice,
  events: readonly SyncEvent[],
  now: number,
): Promise<PushResult> {
  await validateAgainstDatabase(db, events);
  const firstById = new Map<string, SyncEvent>();
  for (const e of events) if (!firstById.has(e.id)) firstById.set(e.id, e);
  return db.transaction().execute(async (trx) => {
    if (!(await touchDevice(trx, d.deviceId, now))) throw new DeviceRevokedError('device revoked');
    const inserted = await trx
      .insertInto('seen_events')
      .values(
        [...firstById.values()].map((e) => ({
          device_id: d.deviceId,
          event_id: e.id,
          kind: e.kind,
          received_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['device_id', 'event_id']).doNothing())
      .returning('event_id')
      .execute();
    const fresh = new Set(inserted.map((r) => r.event_id));
    for (const e of inLockOrder(firstById.values())) if (fresh.has(e.id)) await ingestOne(trx, d, e, now);
    return { stored: [...firstById.keys()], duplicates: firstById.size - fresh.size };
  });
}
