import { DEFAULT_ENFORCEMENT, type DecisionInput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import type { Db } from '../../db/database';
import { appendAudit } from '../../db/repositories/audit.repository';
import { getDecision, upsertDecision } from '../../db/repositories/decisions.repository';
import { ExceptionLimitError, grantException } from '../../db/repositories/exceptions.repository';
import * as requests from '../../db/repositories/requests.repository';
import { loadKnownTools } from '../../tools/known-tools';
import { assertDecisionRoom } from '../../tools/org-tool-guards';
import { requestAnswered } from '../../webhooks/hooks';

export type AnswerScope = 'person' | 'everyone';

export interface Answer {
  id: string;
  deviceId?: string;
  status: 'approved' | 'denied';
  note: string | null;
  /** `person`: this requester only (an approval is an exception); `everyone`: decides the tool. */
  scope: AnswerScope;
  /** With an approval for this person: when the exception ends; null: until withdrawn. */
  until: number | null;
}

export interface AnswerResult {
  id: string;
  status: 'approved' | 'denied';
  note: string | null;
  decidedAt: number;
  scope: AnswerScope;
  /** The exception granted (approved for this person). */
  exceptionId: string | null;
  /** Other pending requests for the tool this answer closed (for everyone). */
  closed: string[];
}

const bad = (message: string) => new TRPCError({ code: 'BAD_REQUEST', message });

async function findRequest(trx: Db, id: string, deviceId: string | undefined) {
  const rows = await requests.findRequests(trx, id, deviceId);
  if (rows.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `no request "${id}"` });
  // Two devices may have used the same id: answering both by accident would be wrong.
  if (rows.length > 1)
    throw new TRPCError({
      code: 'CONFLICT',
      message: `request "${id}" exists on ${rows.length} devices; pass deviceId`,
    });
  return rows[0]!;
}

function check(a: Answer, kind: string, now: number): void {
  if (a.scope === 'everyone' && kind !== 'approval')
    throw bad('scope: a self-reported tool is decided on the Reported tools page, not for everyone here');
  if (a.until !== null && (a.status !== 'approved' || a.scope !== 'person'))
    throw bad('until: only an approval for this person has an end date');
  if (a.until !== null && a.until <= now) throw bad('until: must be in the future');
}

function answerOf(a: Answer, actor: string, now: number): requests.RequestAnswer {
  return { status: a.status, note: a.note, decidedBy: actor, decidedAt: now };
}

/** "For everyone": the tool's decision follows the answer; conditions and the rest stay as they were. */
async function decideTool(trx: Db, toolId: string, status: Answer['status'], actor: string, now: number) {
  if (!(await loadKnownTools(trx)).has(toolId)) throw bad(`toolId: unknown tool "${toolId}"`);
  await assertDecisionRoom(trx, [toolId]);
  const current = await getDecision(trx, toolId);
  const toolStatus = status === 'approved' ? 'approved' : 'prohibited';
  const input: DecisionInput = {
    toolId,
    status: toolStatus,
    enforcement: DEFAULT_ENFORCEMENT[toolStatus],
    conditions: current?.conditions ?? null,
    allowedDataClasses: current?.allowedDataClasses ?? [],
    alternativeToolId: status === 'approved' ? null : (current?.alternativeToolId ?? null),
  };
  await upsertDecision(trx, input, actor, now);
  await appendAudit(trx, { actor, action: 'decision.set', target: toolId, details: { ...input } }, now);
}

/** Closes the tool's other pending approval requests with the same answer, each audited and announced. */
async function closeOthers(
  trx: Db,
  a: Answer,
  toolId: string,
  actor: string,
  now: number,
): Promise<string[]> {
  const others = await requests.pendingApprovalsFor(trx, toolId);
  for (const o of others) {
    await requests.answer(trx, { id: o.id, deviceId: o.device_id }, answerOf(a, actor, now));
    const details = { note: a.note, scope: 'everyone', answeredWith: a.id };
    await appendAudit(trx, { actor, action: `request.${a.status}`, target: o.id, details }, now);
    await requestAnswered(trx, { id: o.id, deviceId: o.device_id, status: a.status, decidedAt: now });
  }
  return others.map((o) => o.id);
}

/**
 * Answers one request inside the caller's transaction (which writes its audit record). Changing an
 * earlier answer is allowed (an admin may reconsider); the audit log keeps every answer.
 */
export async function answerRequest(trx: Db, a: Answer, actor: string, now: number): Promise<AnswerResult> {
  const row = await findRequest(trx, a.id, a.deviceId);
  check(a, row.kind, now);
  await requests.answer(trx, { id: a.id, deviceId: row.device_id }, answerOf(a, actor, now));
  await requestAnswered(trx, { id: a.id, deviceId: row.device_id, status: a.status, decidedAt: now });
  let exceptionId: string | null = null;
  let closed: string[] = [];
  if (a.scope === 'everyone') {
    await decideTool(trx, row.tool_id, a.status, actor, now);
    closed = await closeOthers(trx, a, row.tool_id, actor, now);
  } else if (a.status === 'denied') {
    // A reconsidered approval: the exception it granted ends with it.
    await trx
      .updateTable('tool_exceptions')
      .set({ revoked_at: now, revoked_by: actor })
      .where('request_id', '=', a.id)
      .where('user_id', '=', row.user_id)
      .where('revoked_at', 'is', null)
      .execute();
  } else if (row.kind === 'approval') {
    try {
      const g = { userId: row.user_id, toolId: row.tool_id, requestId: a.id, note: a.note, until: a.until };
      exceptionId = (await grantException(trx, { ...g, grantedBy: actor }, now)).id;
    } catch (error) {
      if (error instanceof ExceptionLimitError)
        throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message });
      throw error;
    }
  }
  return { id: a.id, status: a.status, note: a.note, decidedAt: now, scope: a.scope, exceptionId, closed };
}
