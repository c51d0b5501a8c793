import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { appendAudit } from '../db/repositories/audit.repository';
import { bumpConfigVersion } from '../db/repositories/config.repository';
import { grantException } from '../db/repositories/exceptions.repository';
import { DAY_MS } from './activity';
import { SEED_ACTOR } from './admin-setup';
import type { Random } from './prng';

const APPROVE_NOTES = [
  'Approved for public and internal information; see the conditions on the list.',
  'Fine for your team; we added it to the approved list.',
];
const DENY_NOTES = [
  'Denied: the supplier trains on inputs. Please use the approved alternative.',
  'Denied for now; the review found no EU data region.',
];

/**
 * Answers most requests older than ten days, as IT would have: approves ones for tools under review
 * more often, denies ones for prohibited tools. Newer requests stay pending for the demo's queue.
 * An approval is for the requester only: an exception for 90 days (some have ended by now).
 */
export async function answerOldRequests(db: Kysely<Database>, rng: Random, now: number): Promise<number> {
  const pending = await db
    .selectFrom('requests')
    .leftJoin('decisions', 'decisions.tool_id', 'requests.tool_id')
    .select(['requests.id', 'requests.user_id', 'requests.tool_id', 'requests.at', 'decisions.status'])
    .where('requests.status', '=', 'pending')
    .where('requests.at', '<', now - 10 * DAY_MS)
    .orderBy('requests.at')
    .execute();
  let answered = 0;
  for (const r of pending) {
    if (!rng.chance(0.7)) continue;
    const approve = r.status === 'prohibited' ? rng.chance(0.1) : rng.chance(0.6);
    const decidedAt = Math.min(now, Number(r.at) + rng.int(1, 9) * DAY_MS);
    const note = rng.pick(approve ? APPROVE_NOTES : DENY_NOTES);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('requests')
        .set({ status: approve ? 'approved' : 'denied', note, decided_by: SEED_ACTOR, decided_at: decidedAt })
        .where('id', '=', r.id)
        .where('status', '=', 'pending')
        .execute();
      await appendAudit(
        trx,
        {
          actor: SEED_ACTOR,
          action: approve ? 'request.approved' : 'request.denied',
          target: r.id,
          details: { note },
        },
        decidedAt,
      );
      if (approve) {
        const grant = { userId: r.user_id, toolId: r.tool_id, requestId: r.id, note, grantedBy: SEED_ACTOR };
        await grantException(trx, { ...grant, until: decidedAt + 90 * DAY_MS }, decidedAt);
      }
      await bumpConfigVersion(trx);
    });
    answered++;
  }
  return answered;
}
