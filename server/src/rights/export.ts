import type { Db } from '../db/database';
import { findDirectoryPerson } from '../db/repositories/people.repository';
import { requestsOfUser } from '../db/repositories/requests.repository';

type Person = { id: string; email: string | null };

/** The person's browsers (without their token hashes) and what each reported about itself. */
async function devicesOf(db: Db, userId: string) {
  const devices = await db
    .selectFrom('devices')
    .select([
      'id',
      'browser',
      'browser_version',
      'extension_version',
      'created_at',
      'last_seen_at',
      'revoked_at',
    ])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const deviceIds = devices.map((d) => d.id);
  const byDevice = async (table: 'device_extensions' | 'self_report_quota') =>
    deviceIds.length === 0
      ? []
      : await db.selectFrom(table).selectAll().where('device_id', 'in', deviceIds).execute();
  return {
    devices,
    deviceExtensions: await byDevice('device_extensions'),
    selfReportQuota: await byDevice('self_report_quota'),
  };
}

/** What is kept under the person's email: their directory entry and the personal links sent to it. */
async function byEmail(db: Db, email: string | null) {
  if (email === null) return { directory: null, personalLinks: [] };
  return {
    directory: (await findDirectoryPerson(db, email)) ?? null,
    personalLinks: await db
      .selectFrom('personal_links')
      .select(['id', 'created_at', 'expires_at', 'redeemed_at', 'revoked_at', 'device_id'])
      .where('email', '=', email)
      .execute(),
  };
}

/** The records the person's browsers sent and the admins' answers to them. */
async function recordsOf(db: Db, userId: string) {
  return {
    acknowledgements: await db
      .selectFrom('acknowledgements')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('seq')
      .execute(),
    registrations: await db.selectFrom('registrations').selectAll().where('user_id', '=', userId).execute(),
    justifications: await db.selectFrom('justifications').selectAll().where('user_id', '=', userId).execute(),
    requests: await requestsOfUser(db, userId),
    exceptions: await db.selectFrom('tool_exceptions').selectAll().where('user_id', '=', userId).execute(),
    guardDays: await db.selectFrom('guard_days').selectAll().where('user_id', '=', userId).execute(),
    usageDays: await db.selectFrom('usage_days').selectAll().where('user_id', '=', userId).execute(),
    toolsUsed: await db.selectFrom('tool_users').selectAll().where('user_id', '=', userId).execute(),
    reportedTools: await db
      .selectFrom('reported_tool_reporters')
      .selectAll()
      .where('user_id', '=', userId)
      .execute(),
  };
}

/** Browser completions by user; LMS imports by the email they named (issue 19). */
function literacyCompletionsOf(db: Db, user: Person) {
  return db
    .selectFrom('literacy_completions')
    .selectAll()
    .where((eb) =>
      user.email === null
        ? eb('user_id', '=', user.id)
        : eb.or([eb('user_id', '=', user.id), eb('email', '=', user.email.toLowerCase())]),
    )
    .orderBy('seq')
    .execute();
}

/**
 * Everything Lantern stores about one person (GDPR Art. 15), keyed by table. Device secrets are
 * stored only as hashes and are left out: they identify nothing and must never be handed out.
 */
export async function exportPerson(db: Db, user: Person) {
  const person = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
  const { devices, deviceExtensions, selfReportQuota } = await devicesOf(db, user.id);
  const { directory, personalLinks } = await byEmail(db, user.email);
  return {
    exportedAt: new Date().toISOString(),
    person,
    directory,
    personalLinks,
    devices,
    ...(await recordsOf(db, user.id)),
    deviceExtensions,
    selfReportQuota,
    literacyCompletions: await literacyCompletionsOf(db, user),
  };
}
