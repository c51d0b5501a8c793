import type { SyncEvent } from '@lantern/shared';
import { sendMessage } from '../messaging/client';

/**
 * For extension pages: hands an event to the background, which validates, stores and pushes it.
 * Resolves with the event id once it is safely in the outbox.
 */
export async function queueEvent(event: SyncEvent): Promise<string> {
  const { id } = await sendMessage({ type: 'queueEvent', event });
  return id;
}
