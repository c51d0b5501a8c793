import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { configureMail, type SmtpSettings } from './mail';
import { startWebhookWorker } from './worker';

/** Mail transport and the delivery worker for one server process; returns its stop function. */
export function startNotifications(
  db: Kysely<Database>,
  smtp: SmtpSettings | null,
  onError: (err: unknown) => void,
): () => void {
  const mail = configureMail(db, smtp);
  return startWebhookWorker(db, { mail }, onError);
}
