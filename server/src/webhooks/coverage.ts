import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { getSettings } from '../db/repositories/config.repository';
import { currentPolicy } from '../db/repositories/policies.repository';
import { acceptanceCounts } from '../inventory/acceptance';
import { emitEvent } from './outbox';

/** Remembers whether coverage was below the threshold at the last check: one event per crossing. */
const STATE_KEY = 'coverageBelowThreshold';

export interface Coverage {
  policyVersion: number;
  /** The people the share is of: those seen using an AI tool (inventory/acceptance.ts). */
  activePeople: number;
  /** Of those, how many accepted the current policy version's text. */
  accepted: number;
  share: number;
}

/**
 * Coverage: the share of people who accepted the current policy, by the one definition the overview,
 * the Policies page and the evidence use (inventory/acceptance.ts); null before a policy or people.
 */
export async function policyCoverage(db: Kysely<Database>): Promise<Coverage | null> {
  const policy = await currentPolicy(db);
  if (!policy) return null;
  const counts = await acceptanceCounts(db, [policy]);
  if (counts.people === 0) return null;
  const accepted = counts.accepted.get(policy.version) ?? 0;
  return {
    policyVersion: policy.version,
    activePeople: counts.people,
    accepted,
    share: accepted / counts.people,
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
