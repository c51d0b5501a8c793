import { userInfo } from 'node:os';
import { createCaller } from '../caller';
import type { DatabaseHandle } from '../db/connect';

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * The CLI acts as an admin through the same procedures as the API, so its changes are validated the
 * same way and land in the audit chain as `admin:cli (<os user>)`.
 */
export function cliAdmin(handle: DatabaseHandle) {
  return createCaller({
    db: handle.db,
    dialect: handle.dialect,
    auth: {
      kind: 'staff',
      role: 'admin',
      tokenId: 'cli',
      name: `cli (${osUser()})`,
      via: 'bearer',
      csrfOk: true,
      sessionId: null,
    },
  });
}
