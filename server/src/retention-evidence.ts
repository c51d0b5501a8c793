import type { Db } from './db/database';
import { getSettings } from './db/repositories/config.repository';
import { deleteAnsweredBefore } from './db/repositories/requests.repository';

const DAY = 86_400_000;

/**
 * Deletes evidence older than `evidenceRetentionDays` (by the server's receive time, never the
 * browser's clock): registrations that are no longer anyone's current one, justifications, and
 * answered requests. Pending requests wait for an answer whatever their age; the current
 * registrations make the inventory, and the hash chains (acknowledgements, audit log) are never
 * cut, since deleting a link would break every later one. Idempotent.
 */
export async function applyEvidenceRetention(db: Db, now = Date.now()): Promise<{ deleted: number }> {
  const { evidenceRetentionDays } = await getSettings(db);
  if (evidenceRetentionDays === null) return { deleted: 0 };
  const cutoff = now - evidenceRetentionDays * DAY;
  const registrations = await db
    .deleteFrom('registrations')
    .where('received_at', '<', cutoff)
    .where('id', 'not in', db.selectFrom('current_registrations').select('registration_id'))
    .executeTakeFirst();
  const justifications = await db
    .deleteFrom('justifications')
    .where('received_at', '<', cutoff)
    .executeTakeFirst();
  const requests = await deleteAnsweredBefore(db, cutoff);
  return {
    deleted: Number(registrations.numDeletedRows) + Number(justifications.numDeletedRows) + requests,
  };
}
