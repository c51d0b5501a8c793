import { LIMITS, uuidv7, type ToolException } from '@lantern/shared';
import type { Db } from '../database';
import { numOrNull } from '../numbers';

/** An exception's state at a moment: in force, past its end, or withdrawn by an admin. */
export type ExceptionState = 'active' | 'expired' | 'withdrawn';

export class ExceptionLimitError extends Error {}

export interface ExceptionRow {
  id: string;
  userId: string;
  toolId: string;
  requestId: string | null;
  note: string | null;
  grantedBy: string;
  grantedAt: number;
  until: number | null;
  revokedBy: string | null;
  revokedAt: number | null;
  state: ExceptionState;
}

export function exceptionState(
  row: { revoked_at: number | string | null; until: number | string | null },
  now: number,
): ExceptionState {
  if (row.revoked_at !== null) return 'withdrawn';
  return row.until !== null && Number(row.until) <= now ? 'expired' : 'active';
}

/** The person's exceptions in force now, as their browsers receive them (never anyone else's). */
export async function activeExceptionsFor(db: Db, userId: string, now: number): Promise<ToolException[]> {
  const rows = await db
    .selectFrom('tool_exceptions')
    .select(['tool_id', 'until', 'granted_at', 'note'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', now)]))
    .orderBy('granted_at')
    .limit(LIMITS.exceptionsPerPerson)
    .execute();
  return rows.map((r) => ({
    toolId: r.tool_id,
    until: numOrNull(r.until),
    grantedAt: Number(r.granted_at),
    note: r.note,
  }));
}

export interface Grant {
  userId: string;
  toolId: string;
  requestId: string | null;
  note: string | null;
  until: number | null;
  grantedBy: string;
}

/**
 * A new exception for the person and tool. One in force per person × tool: an earlier one is
 * withdrawn by this grant (its row stays as evidence). At most `LIMITS.exceptionsPerPerson` in force.
 */
export async function grantException(
  trx: Db,
  g: Grant,
  now: number,
): Promise<{ id: string; replaced: number }> {
  const replaced = await trx
    .updateTable('tool_exceptions')
    .set({ revoked_at: now, revoked_by: g.grantedBy })
    .where('user_id', '=', g.userId)
    .where('tool_id', '=', g.toolId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', now)]))
    .executeTakeFirst();
  const inForce = await trx
    .selectFrom('tool_exceptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', g.userId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', now)]))
    .executeTakeFirstOrThrow();
  if (Number(inForce.n) >= LIMITS.exceptionsPerPerson)
    throw new ExceptionLimitError(
      `this person already holds ${LIMITS.exceptionsPerPerson} exceptions; withdraw one first`,
    );
  const id = uuidv7(now);
  await trx
    .insertInto('tool_exceptions')
    .values({
      id,
      user_id: g.userId,
      tool_id: g.toolId,
      request_id: g.requestId,
      note: g.note,
      granted_by: g.grantedBy,
      granted_at: now,
      until: g.until,
      revoked_by: null,
      revoked_at: null,
    })
    .execute();
  return { id, replaced: Number(replaced.numUpdatedRows) };
}

/** Withdraws one exception in force; false when there is none with this id (or it already ended). */
export async function revokeException(trx: Db, id: string, by: string, now: number): Promise<boolean> {
  const res = await trx
    .updateTable('tool_exceptions')
    .set({ revoked_at: now, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Exceptions for a tool or a person (or all), newest first, with their state at `now`. */
export async function listExceptions(
  db: Db,
  filter: { toolId?: string; userId?: string; limit: number },
  now: number,
): Promise<ExceptionRow[]> {
  let q = db.selectFrom('tool_exceptions').selectAll();
  if (filter.toolId !== undefined) q = q.where('tool_id', '=', filter.toolId);
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  const rows = await q.orderBy('granted_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    toolId: r.tool_id,
    requestId: r.request_id,
    note: r.note,
    grantedBy: r.granted_by,
    grantedAt: Number(r.granted_at),
    until: numOrNull(r.until),
    revokedBy: r.revoked_by,
    revokedAt: numOrNull(r.revoked_at),
    state: exceptionState(r, now),
  }));
}
