import { DeviceConfigSchema } from '@lantern/shared';
import { z } from 'zod/mini';
import type { LanternDb } from './app-db';
import { INITIAL_SYNC_STATE, syncStateItem, type SyncState } from './state-items';
import type { ConfigRow, EnrolmentRow } from './types';

export { INITIAL_SYNC_STATE, type SyncState };

export function getSyncState(db: LanternDb): Promise<SyncState> {
  return syncStateItem.get(db);
}

export function updateSyncState(db: LanternDb, patch: Partial<SyncState>): Promise<SyncState> {
  return syncStateItem.update(db, (current) => ({ ...current, ...patch }));
}

export const EnrolmentRowSchema = z.object({
  key: z.literal('current'),
  serverUrl: z.string(),
  deviceId: z.string(),
  deviceToken: z.string(),
  userEmail: z.nullable(z.string()),
  source: z.enum(['managed', 'manual']),
  enrolledAt: z.number(),
  status: z.enum(['enrolled', 'revoked']),
  enrolmentTokenSha256: z.string(),
}) satisfies z.ZodMiniType<EnrolmentRow>;

export const ConfigRowSchema = z.extend(DeviceConfigSchema, {
  key: z.literal('current'),
  configVersion: z.number().check(z.int(), z.minimum(0)),
  pulledAt: z.number(),
}) satisfies z.ZodMiniType<ConfigRow>;

/** A stored row that fails its schema is reported and read as absent: never trusted. */
function checked<T>(table: string, schema: z.ZodMiniType<T>, row: unknown): T | undefined {
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn(`lantern: the stored ${table} does not match its schema; ignored`, parsed.error.issues);
  return undefined;
}

/** This browser's enrolment; undefined before the first one (or when the stored row is damaged). */
export async function getEnrolment(db: LanternDb): Promise<EnrolmentRow | undefined> {
  return checked('enrolment', EnrolmentRowSchema, await db.enrolment.get('current'));
}

/** The organisation's config as last pulled; undefined before the first pull. */
export async function getConfig(db: LanternDb): Promise<ConfigRow | undefined> {
  return checked('config', ConfigRowSchema, await db.config.get('current'));
}

/**
 * Stores a new enrolment (every way of enrolling ends here) and resets sync state in the same
 * step, so the backoff of a previous (revoked) device does not delay the new one.
 */
export async function saveEnrolment(db: LanternDb, row: EnrolmentRow): Promise<void> {
  await db.transaction('rw', db.enrolment, db.state, async () => {
    await db.enrolment.put(row);
    await syncStateItem.set(db, INITIAL_SYNC_STATE);
  });
}
