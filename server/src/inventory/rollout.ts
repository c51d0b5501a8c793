import type { Db } from '../db/database';
import { dayString } from './days';

const DAY = 86_400_000;

/** Where a person in scope stands on the policy current at a moment (acceptance.ts defines "accepted"). */
export interface RolloutPoint {
  day: string;
  /** The version current on that day. */
  version: number;
  accepted: number;
  /** Accepted an earlier version only, within the grace period after the current one was published. */
  inGrace: number;
  /** Accepted an earlier version only, past any grace period. */
  previous: number;
  never: number;
  people: number;
}

interface Person {
  since: number;
  /** Version → when this person first accepted that version's text. */
  accepted: Map<number, number>;
}

/**
 * Accepted vN / still on an earlier version (in grace or not) / never, per day over the last `days`
 * days, among the people seen using an AI tool by that day. The last point is today's figure, the
 * same the overview and the Policies page show.
 */
export async function policyRollout(db: Db, now: number, days: number, graceDays: number | null) {
  const versions = (
    await db.selectFrom('policy_versions').select(['version', 'published_at']).orderBy('version').execute()
  ).map((v) => ({ version: Number(v.version), publishedAt: Number(v.published_at) }));
  const people = await loadPeople(db);
  const points: RolloutPoint[] = [];
  for (let back = days - 1; back >= 0; back--) {
    // The end of each day, and now for today.
    const t = back === 0 ? now : Date.parse(`${dayString(now, back)}T23:59:59.999Z`);
    const current = versions.filter((v) => v.publishedAt <= t).at(-1);
    if (!current) continue;
    const graceUntil = graceDays === null ? null : current.publishedAt + graceDays * DAY;
    const p: RolloutPoint = {
      day: dayString(t),
      version: current.version,
      accepted: 0,
      inGrace: 0,
      previous: 0,
      never: 0,
      people: 0,
    };
    for (const person of people) {
      if (person.since > t) continue;
      p.people++;
      const at = person.accepted.get(current.version);
      if (at !== undefined && at <= t) p.accepted++;
      else if (![...person.accepted].some(([v, a]) => v < current.version && a <= t)) p.never++;
      else if (graceUntil !== null && t < graceUntil) p.inGrace++;
      else p.previous++;
    }
    points.push(p);
  }
  const current = versions.at(-1) ?? null;
  return {
    graceDays,
    current: current
      ? {
          version: current.version,
          publishedAt: current.publishedAt,
          graceUntil: graceDays === null ? null : current.publishedAt + graceDays * DAY,
        }
      : null,
    points,
  };
}

/** People in scope (first seen using an AI tool) with their acceptances of each version's own text. */
async function loadPeople(db: Db): Promise<Person[]> {
  const [scope, acks] = await Promise.all([
    db
      .selectFrom('tool_users')
      .select(['user_id', (eb) => eb.fn.min('first_seen_at').as('since')])
      .groupBy('user_id')
      .execute(),
    db
      .selectFrom('acknowledgements as a')
      .innerJoin('policy_versions as v', (j) =>
        j.onRef('v.version', '=', 'a.policy_version').onRef('v.sha256', '=', 'a.policy_sha256'),
      )
      .select(['a.user_id', 'a.policy_version', (eb) => eb.fn.min('a.at').as('at')])
      .groupBy(['a.user_id', 'a.policy_version'])
      .execute(),
  ]);
  const byUser = new Map<string, Person>(
    scope.map((s) => [s.user_id, { since: Number(s.since), accepted: new Map() }]),
  );
  for (const a of acks) byUser.get(a.user_id)?.accepted.set(Number(a.policy_version), Number(a.at));
  return [...byUser.values()];
}
