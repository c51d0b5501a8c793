import type { Db } from '../db/database';
import { forgetInDirectory } from '../db/repositories/people.repository';
import { eraseRequestTexts } from '../db/repositories/requests.repository';

/** What an erased text field says instead, in the database, the exports and the evidence pack. */
export function erasedNote(at: number): string {
  return `erased on ${new Date(at).toISOString().slice(0, 10)} at the person's request`;
}

export class UnknownPersonError extends Error {}
export class AlreadyErasedError extends Error {}

/** The one user with this email (emails are stored as enrolled; compared exactly). */
export async function findPerson(db: Db, email: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'created_at', 'erased_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) throw new UnknownPersonError(`no person with the email "${email}"`);
  return user;
}

export interface ErasureSummary {
  userId: string;
  note: string;
  devicesRevoked: number;
  registrations: number;
  justifications: number;
  requests: number;
}

/** First, and conditional: the row lock makes a concurrent second erasure wait, then change nothing. */
async function markErased(trx: Db, userId: string, now: number): Promise<void> {
  const marked = await trx
    .updateTable('users')
    .set({ email: null, erased_at: now })
    .where('id', '=', userId)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) !== 1)
    throw new AlreadyErasedError("this person's data was erased already");
}

/** The free texts the person wrote, and the admins' notes to them, become the erasure note. */
async function eraseTexts(trx: Db, userId: string, note: string) {
  const registrations = await trx
    .updateTable('registrations')
    .set({ purpose_text: note })
    .where('user_id', '=', userId)
    .where('purpose_text', 'is not', null)
    .executeTakeFirst();
  await trx
    .updateTable('current_registrations')
    .set({ purpose_text: note })
    .where('user_id', '=', userId)
    .where('purpose_text', 'is not', null)
    .execute();
  const justifications = await trx
    .updateTable('justifications')
    .set({ reason: note })
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const requests = await eraseRequestTexts(trx, userId, note);
  // The admins' notes on their exceptions (migration 0015); who held what, until when, stays.
  await trx
    .updateTable('tool_exceptions')
    .set({ note })
    .where('user_id', '=', userId)
    .where('note', 'is not', null)
    .execute();
  return {
    registrations: Number(registrations.numUpdatedRows),
    justifications: Number(justifications.numUpdatedRows),
    requests,
  };
}

/** Rows elsewhere that name the person by their email (`email`: theirs before erasure, if any). */
async function forgetEmail(trx: Db, userId: string, email: string | null | undefined): Promise<void> {
  // Pending verified-enrolment grants carry the email (migration 0007).
  if (email) await trx.deleteFrom('enrolment_grants').where('email', '=', email).execute();
  // Literacy completions keep the email outside their hashed record (literacy/chain.ts): cleared here,
  // the chain still verifies by the person's HMAC.
  await trx
    .updateTable('literacy_completions')
    .set({ email: null })
    .where((eb) =>
      email
        ? eb.or([eb('user_id', '=', userId), eb('email', '=', email.toLowerCase())])
        : eb('user_id', '=', userId),
    )
    .execute();
  // The directory entry goes too, and others' rows stop naming the person as their manager.
  if (email) await forgetInDirectory(trx, email);
}

/** Revokes the person's browsers, which lose their extension inventory and quota; returns how many. */
async function revokeDevices(trx: Db, userId: string, now: number): Promise<number> {
  const devices = await trx.selectFrom('devices').select('id').where('user_id', '=', userId).execute();
  const deviceIds = devices.map((d) => d.id);
  if (deviceIds.length === 0) return 0;
  await trx.deleteFrom('self_report_quota').where('device_id', 'in', deviceIds).execute();
  await trx.deleteFrom('device_extensions').where('device_id', 'in', deviceIds).execute();
  const res = await trx
    .updateTable('devices')
    .set({ revoked_at: now })
    .where('id', 'in', deviceIds)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Erases one person's personal data inside the caller's transaction: the email, the free texts
 * they wrote (purposes, reasons) and the admins' notes to them become the erasure note; their
 * reporter and quota rows go; their devices are revoked and lose their extension inventory. Rows
 * and hash-chain links stay, so counts and `audit verify` still hold: acknowledgement links keep
 * the stored person hash (a keyed hash, not the email) and verify accepts it for an erased user.
 * Usage rows stay keyed by the user's random id, which nothing links to the person any more.
 */
export async function erasePerson(trx: Db, userId: string, now: number): Promise<ErasureSummary> {
  const note = erasedNote(now);
  const before = await trx.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  await markErased(trx, userId, now);
  const texts = await eraseTexts(trx, userId, note);
  await trx.deleteFrom('reported_tool_reporters').where('user_id', '=', userId).execute();
  await forgetEmail(trx, userId, before?.email);
  const devicesRevoked = await revokeDevices(trx, userId, now);
  return { userId, note, devicesRevoked, ...texts };
}
