import { PROTOCOL_VERSION } from '@lantern/shared';
import type { PushOutput, SyncEvent } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { readConfigVersion } from '../config-version';
import { DeviceRevokedError, pushEvents } from './push';
import { EventRejectedError, type IngestDevice } from './types';
import { WriterUnavailableError } from './writer-thread';

/**
 * `sync.push`'s answer to a device for events that passed the input schema, and its refusals: the
 * one place both the plain device route and the tRPC procedure (routers/sync.ts) answer a push from
 * (device-routes.test.ts holds their answers byte for byte equal).
 */
export async function answerPush(
  db: Kysely<Database>,
  device: IngestDevice,
  events: readonly SyncEvent[],
  now: number,
  /** The JSON text `events` were parsed from (`{"events":[…]}`), posted to the writer thread as is. */
  body?: string,
): Promise<PushOutput> {
  try {
    const d = { deviceId: device.deviceId, userId: device.userId };
    const result = await pushEvents(db, d, events, now, body);
    return { protocolVersion: PROTOCOL_VERSION, ...result, configVersion: await readConfigVersion(db) };
  } catch (error) {
    if (error instanceof EventRejectedError)
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    if (error instanceof DeviceRevokedError)
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'device revoked' });
    if (error instanceof WriterUnavailableError)
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'not stored; send again', cause: error });
    throw error;
  }
}
