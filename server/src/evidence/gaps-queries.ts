import type { ExpressionBuilder } from 'kysely';
import type { Database, Db } from '../db/database';
import { keysetPages } from '../exports/datasets';
import { acceptedSql } from '../inventory/acceptance';

/** The rows the gap checks read, each a page at a time along an index (keyset paging). */

/** The current policy version, if one was published. */
export function currentPolicy(db: Db) {
  return db
    .selectFrom('policy_versions')
    .select(['version', 'sha256'])
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

type CurrentPolicy = Awaited<ReturnType<typeof currentPolicy>>;

const activeDevices = (eb: ExpressionBuilder<Database, 'users'>) =>
  eb
    .selectFrom('devices')
    .whereRef('devices.user_id', '=', 'users.id')
    .where('devices.revoked_at', 'is', null);

/**
 * People with an active browser, a page at a time in id order (each person found by key, not by
 * grouping every device), with when their first active browser enrolled; with a policy, only those
 * who never accepted it.
 */
export function peopleNotAccepting(db: Db, current: CurrentPolicy) {
  return keysetPages(
    (after: string | null, n) =>
      db
        .selectFrom('users')
        .select((eb) => [
          'users.id',
          'users.email',
          activeDevices(eb)
            .select((e) => e.fn.min('devices.created_at').as('m'))
            .as('enrolled'),
        ])
        .where((eb) => eb.exists(activeDevices(eb).select('devices.id')))
        .$if(after !== null, (q) => q.where('users.id', '>', after!))
        .$if(current !== undefined, (q) =>
          // "Accepted" as every figure counts it (inventory/acceptance.ts).
          q.where((eb) =>
            eb.not(acceptedSql('users.id', { version: Number(current!.version), sha256: current!.sha256 })),
          ),
        )
        .orderBy('users.id')
        .limit(n)
        .execute(),
    (r) => r.id,
  );
}

type RegistrationKey = { id: string; tool_id: string };

function registrationsAfter(db: Db, after: RegistrationKey | null, n: number) {
  return db
    .selectFrom('current_registrations')
    .innerJoin('users', 'users.id', 'current_registrations.user_id')
    .where('withdrawn', '=', 0)
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb(
          eb.refTuple('current_registrations.user_id', 'current_registrations.tool_id'),
          '>',
          eb.tuple(after!.id, after!.tool_id),
        ),
      ),
    )
    .select(['users.id', 'users.email', 'tool_id', 'purpose_category', 'data_classes', 'at'])
    .orderBy('current_registrations.user_id')
    .orderBy('current_registrations.tool_id')
    .limit(n)
    .execute();
}

export type CurrentRegistration = Awaited<ReturnType<typeof registrationsAfter>>[number];

/** Every person's current (not withdrawn) registration of each tool, by person then tool. */
export function currentRegistrations(db: Db) {
  return keysetPages(
    (after: RegistrationKey | null, n) => registrationsAfter(db, after, n),
    (r): RegistrationKey => ({ id: r.id, tool_id: r.tool_id }),
  );
}

/** Active (not revoked) browsers with no contact since `cutoff`, by id. */
export function devicesSilentSince(db: Db, cutoff: number) {
  return keysetPages(
    (after: string | null, n) =>
      db
        .selectFrom('devices')
        .innerJoin('users', 'users.id', 'devices.user_id')
        .where('revoked_at', 'is', null)
        .where((eb) => eb(eb.fn.coalesce('last_seen_at', 'devices.created_at'), '<', cutoff))
        .$if(after !== null, (q) => q.where('devices.id', '>', after!))
        .select(['devices.id as device_id', 'users.id', 'users.email', 'devices.created_at', 'last_seen_at'])
        .orderBy('devices.id')
        .limit(n)
        .execute(),
    (r) => r.device_id,
  );
}
