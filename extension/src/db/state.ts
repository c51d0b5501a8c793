import type { LanternDb } from './app-db';
import type { ConfigRow, EnrolmentRow, SyncState } from './types';

export const INITIAL_SYNC_STATE: SyncState = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  failures: 0,
  notBefore: 0,
  lastPullAt: null,
};

export async function getSyncState(db: LanternDb): Promise<SyncState> {
  const row = await db.state.get('sync');
  return { ...INITIAL_SYNC_STATE, ...(row?.value as Partial<SyncState> | undefined) };
}

export async function updateSyncState(db: LanternDb, patch: Partial<SyncState>): Promise<SyncState> {
  return db.transaction('rw', db.state, async () => {
    const next = { ...(await getSyncState(db)), ...patch };
    await db.state.put({ key: 'sync', value: next });
    return next;
  });
}

export async function getEnrolment(db: LanternDb): Promise<EnrolmentRow | undefined> {
  return db.enrolment.get('current');
}

export async function getConfig(db: LanternDb): Promise<ConfigRow | undefined> {
  return db.config.get('current');
}
