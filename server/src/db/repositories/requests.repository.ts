import { sql } from 'kysely';
import type { Db } from '../database';
import type { RequestsTable } from '../tables/records.table';

/**
 * The `requests` table: approval requests and self-reported tools, written by ingest (one row per
 * device-scoped id) and answered by admins. The inventory's and ingest's aggregate SQL over it stays
 * with them (inventory/users.ts, inventory/tool-metrics.ts, inventory/tool-detail.ts, ingest/), as
 * does the SIEM feed's generic sweep (siem/feed.ts) and the evidence dataset (evidence/datasets.ts).
 */

/** A request is identified by its id and the device that sent it (two devices may reuse an id). */
export interface RequestKey {
  id: string;
  deviceId: string;
}

export interface RequestAnswer {
  status: 'approved' | 'denied';
  note: string | null;
  decidedBy: string;
  decidedAt: number;
}

export interface RequestFilter {
  status?: RequestsTable['status'];
  toolId?: string;
}

/** The requests with this id (on this device when given): more than one means the id is ambiguous. */
export function findRequests(db: Db, id: string, deviceId?: string) {
  let q = db.selectFrom('requests').select(['device_id', 'user_id', 'tool_id', 'kind']).where('id', '=', id);
  if (deviceId) q = q.where('device_id', '=', deviceId);
  return q.execute();
}

/** One request's tool, kind and requester; throws when there is none. */
export function getRequest(db: Db, key: RequestKey) {
  return db
    .selectFrom('requests')
    .select(['tool_id', 'kind', 'user_id'])
    .where('id', '=', key.id)
    .where('device_id', '=', key.deviceId)
    .executeTakeFirstOrThrow();
}

/** Records an admin's answer (a changed answer overwrites the earlier one; the audit log keeps both). */
export async function answer(db: Db, key: RequestKey, a: RequestAnswer): Promise<void> {
  await db
    .updateTable('requests')
    .set({ status: a.status, note: a.note, decided_by: a.decidedBy, decided_at: a.decidedAt })
    .where('id', '=', key.id)
    .where('device_id', '=', key.deviceId)
    .execute();
}

/** The tool's approval requests still waiting for an answer. */
export function pendingApprovalsFor(db: Db, toolId: string) {
  return db
    .selectFrom('requests')
    .select(['id', 'device_id'])
    .where('tool_id', '=', toolId)
    .where('kind', '=', 'approval')
    .where('status', '=', 'pending')
    .execute();
}

/** Denies the pending self-reports of a tool (a dismissed report); how many were denied. */
export async function denyPendingSelfReports(
  db: Db,
  toolId: string,
  a: Omit<RequestAnswer, 'status'>,
): Promise<number> {
  const res = await db
    .updateTable('requests')
    .set({ status: 'denied', note: a.note, decided_by: a.decidedBy, decided_at: a.decidedAt })
    .where('kind', '=', 'self_report')
    .where('tool_id', '=', toolId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A page of requests with their requester, and how many match in all. */
export async function listRequests(
  db: Db,
  filter: RequestFilter,
  page: { order: 'asc' | 'desc'; limit: number; offset: number },
) {
  let q = db.selectFrom('requests').innerJoin('users', 'users.id', 'requests.user_id');
  if (filter.status) q = q.where('requests.status', '=', filter.status);
  if (filter.toolId) q = q.where('requests.tool_id', '=', filter.toolId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['requests.id', 'requests.device_id', 'requests.kind', 'requests.tool_id', 'requests.reason'])
    .select(['requests.status', 'requests.note', 'requests.decided_by', 'requests.decided_at'])
    .select(['requests.at', 'users.id as user_id', 'users.email'])
    .orderBy('requests.at', page.order)
    .orderBy('requests.id', page.order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total.n), rows };
}

/** Pending approval requests grouped by tool (with the tool's decision), oldest first. */
export function pendingQueue(db: Db, limit: number) {
  return db
    .selectFrom('requests')
    .leftJoin('decisions', 'decisions.tool_id', 'requests.tool_id')
    .select((eb) => [
      'requests.tool_id',
      'decisions.status',
      eb.fn.countAll<number>().as('pending'),
      sql<number>`count(distinct requests.user_id)`.as('people'),
      eb.fn.min('requests.at').as('oldest_at'),
      eb.fn.max('requests.at').as('newest_at'),
    ])
    .where('requests.status', '=', 'pending')
    .where('requests.kind', '=', 'approval')
    .groupBy(['requests.tool_id', 'decisions.status'])
    .orderBy('oldest_at')
    .limit(limit)
    .execute();
}

/** How many requests wait for an answer, and since when. */
export function pendingSummary(db: Db) {
  return db
    .selectFrom('requests')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
}

/** A person's requests as their browser shows them (newest first). */
export function requestStatesOf(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('requests')
    .select(['id', 'tool_id', 'status', 'note', 'decided_at'])
    .where('user_id', '=', userId)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}

/** Every stored column of a person's requests (a subject access export). */
export function requestsOfUser(db: Db, userId: string) {
  return db.selectFrom('requests').selectAll().where('user_id', '=', userId).execute();
}

/** Erasure: replaces a person's reasons and the admins' notes on them with `note`; rows changed. */
export async function eraseRequestTexts(db: Db, userId: string, note: string): Promise<number> {
  const res = await db
    .updateTable('requests')
    .set({ reason: note })
    .where('user_id', '=', userId)
    .executeTakeFirst();
  await db
    .updateTable('requests')
    .set({ note })
    .where('user_id', '=', userId)
    .where('note', 'is not', null)
    .execute();
  return Number(res.numUpdatedRows);
}

/** Retention: deletes answered requests received before `cutoff`; how many. */
export async function deleteAnsweredBefore(db: Db, cutoff: number): Promise<number> {
  const res = await db
    .deleteFrom('requests')
    .where('received_at', '<', cutoff)
    .where('status', '!=', 'pending')
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
