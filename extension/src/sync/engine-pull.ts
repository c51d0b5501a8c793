import { PROTOCOL_VERSION, type DeviceConfig } from '@lantern/shared';
import { acceptAnnouncedCatalog } from '../detect/catalog-release';
import { getConfig, getSyncState, updateSyncState } from '../db/state';
import type { ConfigRow } from '../db/types';
import type { DeviceApi } from './device-api';
import { apiFor, fail, isRevocation, messageOf, usable, type Engine } from './engine-core';

// The engine's pull: the config when the server has a newer one, and the catalog release it announces.

/**
 * Takes a newer catalog release the config announces. When that fails the config still applies,
 * but is stored under version 0, so the next pull brings it (and the announcement) again.
 */
async function takeCatalog(
  { db }: Engine,
  api: DeviceApi,
  token: string,
  ref: DeviceConfig['catalog'],
  configVersion: number,
): Promise<number> {
  try {
    await acceptAnnouncedCatalog(db, api, token, ref);
    return configVersion;
  } catch (error) {
    if (isRevocation(error)) throw error;
    await updateSyncState(db, { lastError: `catalog update: ${messageOf(error)}` });
    return 0;
  }
}

/** A pull that got an answer is a sync: "Last sync" must not say "not yet" after it. */
async function notePull({ db, now }: Engine): Promise<void> {
  // A push problem (failures > 0) stays visible until a push succeeds.
  const state = await getSyncState(db);
  await updateSyncState(db, {
    lastPullAt: now(),
    lastSuccessAt: now(),
    ...(state.failures === 0 ? { lastError: null } : {}),
  });
}

export async function pullNow(engine: Engine): Promise<'updated' | 'unchanged' | 'not-enrolled' | 'failed'> {
  const { deps, db, now } = engine;
  const enrolment = await usable(db);
  if (typeof enrolment === 'string') return 'not-enrolled';
  const current = await getConfig(db);
  try {
    const api = apiFor(engine, enrolment);
    const answer = await api.pull(enrolment.deviceToken, {
      protocolVersion: PROTOCOL_VERSION,
      configVersion: current?.configVersion ?? 0,
    });
    await notePull(engine);
    if (answer.unchanged) return 'unchanged';
    const { catalog } = answer.config;
    const configVersion = await takeCatalog(
      engine,
      api,
      enrolment.deviceToken,
      catalog,
      answer.configVersion,
    );
    const row: ConfigRow = { key: 'current', configVersion, pulledAt: now(), ...answer.config };
    await db.config.put(row);
    await deps.onConfigChanged?.(row);
    return 'updated';
  } catch (error) {
    if (isRevocation(error)) return fail(engine, error, enrolment).then(() => 'failed' as const);
    await updateSyncState(db, { lastError: messageOf(error) });
    return 'failed';
  }
}
