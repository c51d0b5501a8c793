import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { getSettings } from '../db/repositories/config.repository';
import { currentPolicy } from '../db/repositories/policies.repository';
import { emitEvent } from './outbox';

/** Remembers whether coverage was below the threshold at the last check: one event per crossing. */
const STATE_KEY = 'coverageBelowThreshold';

export interface Coverage {
  policyVersion: number;
  /** People with a browser that is still enrolled (and whose data was not erased). */
  activePeople: number;
  /** Of those, how many accepted the current policy version. */
  accepted: number;
  share: number;
}

/** Coverage: the share of active people who accepted the current policy; null before a policy or people. */
export async function policyCoverage(db: Kysely<Database>): Promise<Coverage | null> {
  const policy = await currentPolicy(db);
  if (!policy) return null;
  const active = db
    .selectFrom('users')
    .innerJoin('devices', 'devices.user_id', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.erased_at', 'is', null)
    .where('devices.revoked_at', 'is', null);
  const [people, accepted] = await Promise.all([
    db
      .selectFrom(active.as('a'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('acknowledgements')
      .select((eb) => eb.fn.count<number>('user_id').distinct().as('n'))
      .where('policy_version', '=', policy.version)
      .where('user_id', 'in', active)
      .executeTakeFirstOrThrow(),
  ]);
  const activePeople = Number(people.n);
  if (activePeople === 0) return null;
  return {
    policyVersion: policy.version,
    activePeople,
    accepted: Number(accepted.n),
    share: Number(accepted.n) / activePeople,
  };
}

/**
 * Emits `coverage.below_threshold` when coverage falls below the admin's threshold, once per
 * crossing: the remembered state flips in the same transaction as the event, so a second check (or
 * a second server process) finds it flipped and stays quiet until coverage has recovered.
 */
export async function checkCoverage(db: Kysely<Database>, now: number): Promise<string | null> {
  const { coverageThresholdPercent: threshold } = await getSettings(db);
  const coverage = threshold === null ? null : await policyCoverage(db);
  const below = coverage !== null && threshold !== null && coverage.share * 100 < threshold;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: STATE_KEY, value: 'false' })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const flipped = await trx
      .updateTable('settings')
      .set({ value: JSON.stringify(below) })
      .where('key', '=', STATE_KEY)
      .where('value', '=', JSON.stringify(!below))
      .executeTakeFirst();
    if (!below || Number(flipped.numUpdatedRows) !== 1 || coverage === null) return null;
    const data = {
      policyVersion: coverage.policyVersion,
      coveragePercent: Math.floor(coverage.share * 1000) / 10,
      thresholdPercent: threshold,
      acceptedPeople: coverage.accepted,
      activePeople: coverage.activePeople,
      at: new Date(now).toISOString(),
    };
    return emitEvent(trx, 'coverage.below_threshold', data, now);
  });
}
