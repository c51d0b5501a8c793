import type { Db } from '../db/database';
import { exceptionState } from '../db/repositories/exceptions.repository';
import type { Dataset } from '../exports/datasets';
import { personLabeler } from '../security/people';
import { iso } from '../exports/iso';

/**
 * Exceptions ("approved for you", migration 0015): who may use a tool the organisation has not
 * approved for everyone, granted by whom, from when until when, and whether it was withdrawn.
 */
export async function exceptionsDataset(db: Db, now: number): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('tool_exceptions')
    .innerJoin('users', 'users.id', 'tool_exceptions.user_id')
    .selectAll('tool_exceptions')
    .select('users.email')
    .orderBy('granted_at')
    .orderBy('tool_exceptions.id')
    .execute();
  return {
    columns: [
      'id',
      'person',
      'tool_id',
      'request_id',
      'note',
      'granted_by',
      'granted_at',
      'until',
      'withdrawn_by',
      'withdrawn_at',
      'state',
    ],
    rows: rows.map((r) => ({
      id: r.id,
      person: label({ id: r.user_id, email: r.email }),
      tool_id: r.tool_id,
      request_id: r.request_id,
      note: r.note,
      granted_by: r.granted_by,
      granted_at: iso(r.granted_at),
      until: iso(r.until),
      withdrawn_by: r.revoked_by,
      withdrawn_at: iso(r.revoked_at),
      state: exceptionState(r, now),
    })),
  };
}
