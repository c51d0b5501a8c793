import { DEFAULT_ENFORCEMENT, HostnameSchema, type Tool, type ToolCategory } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { upsertDecision } from '../db/repositories/decisions.repository';
import { insertOrgTool } from '../db/repositories/org-tools.repository';
import { maintainToolUsers } from '../sync/push/maintained-counts';
import { Statements } from '../sync/push/sql';
import { denyPendingSelfReports } from '../db/repositories/requests.repository';
import { assertDecisionRoom, assertNoCatalogTakeover, assertOrgToolRoom } from './org-tool-guards';

export interface AcceptChanges {
  name?: string;
  vendor?: string;
  category?: ToolCategory;
  /** Replaces the reported hostname; an empty list makes a tool recognised by requests only. */
  domains?: string[];
  overrideCatalog?: boolean;
}

async function openReport(trx: Db, id: string) {
  const report = await trx.selectFrom('reported_tools').selectAll().where('id', '=', id).executeTakeFirst();
  if (!report) throw new TRPCError({ code: 'NOT_FOUND', message: `id: no reported tool "${id}"` });
  if (report.status !== 'open')
    throw new TRPCError({ code: 'CONFLICT', message: `id: "${id}" was already ${report.status}` });
  return report;
}

/**
 * An admin turns a reported tool into an organisation tool (under review, as a self-reported tool
 * always was) with the id its reporters' requests already carry, and the reporters' presence joins
 * the inventory. Bounds and catalog takeover are checked first: a refusal writes nothing.
 */
export async function acceptReport(
  trx: Db,
  id: string,
  changes: AcceptChanges,
  actor: string,
  now: number,
): Promise<{ tool: Tool; takenOver: string[] }> {
  const report = await openReport(trx, id);
  const domains = changes.domains ?? (report.hostname === null ? [] : [report.hostname]);
  domains.forEach((d, i) => {
    if (!HostnameSchema.safeParse(d).success)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `domains[${i}]: "${d}" is not a registrable hostname`,
      });
  });
  const tool: Tool = {
    id,
    name: changes.name ?? report.name,
    vendor: changes.vendor ?? 'Unknown (self-reported)',
    category: changes.category ?? (report.category as ToolCategory | null) ?? 'other',
    domains,
    urlPrefixes: [],
    apiEndpoints: [],
    extensionIds: [],
    supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    source: 'self-reported',
    checked: new Date(now).toISOString().slice(0, 10),
  };
  const takenOver = assertNoCatalogTakeover(tool, changes.overrideCatalog ?? false);
  await assertOrgToolRoom(trx, tool, false);
  await assertDecisionRoom(trx, [id]);
  await insertOrgTool(trx, tool, now);
  await upsertDecision(
    trx,
    {
      toolId: id,
      status: 'review',
      enforcement: DEFAULT_ENFORCEMENT.review,
      conditions: null,
      allowedDataClasses: [],
      alternativeToolId: null,
    },
    actor,
    now,
  );
  await markDecided(trx, id, 'accepted', actor, now);
  await joinInventory(trx, id);
  return { tool, takenOver };
}

/** Dismisses a report; its reporters' pending requests are denied with the admin's note. */
export async function dismissReport(trx: Db, id: string, note: string | null, actor: string, now: number) {
  await openReport(trx, id);
  await markDecided(trx, id, 'dismissed', actor, now);
  const requestsDenied = await denyPendingSelfReports(trx, id, { note, decidedBy: actor, decidedAt: now });
  return { dismissed: id, requestsDenied };
}

async function markDecided(
  trx: Db,
  id: string,
  status: 'accepted' | 'dismissed',
  actor: string,
  now: number,
) {
  await trx
    .updateTable('reported_tools')
    .set({ status, decided_by: actor, decided_at: now })
    .where('id', '=', id)
    .execute();
}

/** The reporters appear as the tool's people, first and last seen when they reported it. */
async function joinInventory(trx: Db, id: string): Promise<void> {
  // The inventory's maintained counts (migration 0017) learn of the people this adds.
  const reporters = await trx
    .selectFrom('reported_tool_reporters')
    .select(['user_id', 'first_at', 'last_at'])
    .where('reported_tool_id', '=', id)
    .orderBy('user_id')
    .execute();
  await maintainToolUsers(
    new Statements(trx),
    reporters.map((r) => ({
      toolId: id,
      userId: r.user_id,
      first: Number(r.first_at),
      last: Number(r.last_at),
    })),
    'insert-only',
  );
  await sql`
    insert into tool_users (tool_id, user_id, first_seen_at, last_seen_at)
    select reported_tool_id, user_id, first_at, last_at from reported_tool_reporters
    where reported_tool_id = ${id}
    on conflict (tool_id, user_id) do nothing`.execute(trx);
  await sql`
    insert into tool_signals (tool_id, signal, first_seen_at, last_seen_at)
    select reported_tool_id, 'self-reported', min(first_at), max(last_at) from reported_tool_reporters
    where reported_tool_id = ${id} group by reported_tool_id
    on conflict (tool_id, signal) do nothing`.execute(trx);
}
