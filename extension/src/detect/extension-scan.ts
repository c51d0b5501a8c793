import { localDay, uuidv7 } from '@lantern/shared';
import { getDb } from '../db/app-db';
import { extensionInventoryItem } from '../db/state-items';
import { recordEvent } from '../sync/record-event';
import { recordThenPush } from '../sync/background-engine';
import { classifier } from './classifier-store';
import { findAiExtensions } from './extensions';

/** Reports the installed AI extensions when the set changed (or once a day, as a heartbeat). */
export async function scanExtensions(): Promise<void> {
  const installed = await browser.management.getAll();
  const found = findAiExtensions(await classifier(), installed, browser.runtime.id);
  const db = getDb();
  const signature = JSON.stringify(found);
  const day = localDay(Date.now());
  const last = await extensionInventoryItem.get(db);
  if (last?.signature === signature && last.day === day) return;
  if (!last && found.length === 0) return;
  await recordThenPush(async (db) => {
    await recordEvent(db, { id: uuidv7(), at: Date.now(), kind: 'extension_inventory', extensions: found });
    await extensionInventoryItem.set(db, { signature, day });
  });
}
