import { PROTOCOL_VERSION } from '@lantern/shared';
import type { PullOutput } from '@lantern/shared';
import type { Db } from '../db/database';
import { readConfigVersion } from './config-version';
import { loadDeviceConfig } from './device-config';

/**
 * What `sync.pull` answers a device whose person is `userId` and who has `knownVersion`: a one-row
 * read and `unchanged: true` when it is current, else the whole config. Used by the HTTP device
 * route (device-routes.ts) and the tRPC procedure (routers/sync.ts) alike.
 */
export async function pullConfig(
  db: Db,
  userId: string,
  knownVersion: number,
  now = Date.now(),
): Promise<PullOutput> {
  // Read the version first: if an admin changes something meanwhile, the client gets newer data
  // under an older number and simply pulls again next time. Never the reverse.
  const configVersion = await readConfigVersion(db);
  if (configVersion === knownVersion)
    return { protocolVersion: PROTOCOL_VERSION, unchanged: true, configVersion };
  const config = await loadDeviceConfig(db, userId, now);
  return { protocolVersion: PROTOCOL_VERSION, unchanged: false, configVersion, config };
}
