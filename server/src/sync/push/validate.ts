import type { SyncEvent } from '@lantern/shared';
import type { Db } from '../../db/database';
import { refreshActiveCatalog } from '../../catalog/active';
import { catalogTool } from '../../tools/known-tools';
import { serverTimed, timeRefusal, type TimeRefusal } from './time';
import { EventRejectedError } from './types';
import { completionModules, completionRefusal, moduleOf } from '../../literacy/completion-checks';

/** Tool ids an event refers to, with the field that holds each. */
function toolRefs(e: SyncEvent): Array<[string, string]> {
  switch (e.kind) {
    case 'usage':
    case 'embedded_discovery':
    case 'registration':
    case 'registration_withdrawal':
    case 'justification':
    case 'approval_request':
    case 'data_guard':
      return [['toolId', e.toolId]];
    case 'acknowledgement':
    case 'literacy_completion':
      return e.toolId === null ? [] : [['toolId', e.toolId]];
    case 'extension_inventory':
      return e.extensions.map((x, i) => [`extensions[${i}].toolId`, x.toolId]);
    case 'self_report':
      return [];
  }
}

/**
 * Checks what the schema cannot: tools exist, acknowledgements bind to a published policy text, and
 * times the server can believe (time.ts). Runs before anything is written, so a refused batch stores
 * nothing; every event at fault is named, so the client sets exactly those aside and resends the
 * rest. Returns the events as they are stored, with their times moved within the skew.
 */
export async function validateAgainstDatabase(
  db: Db,
  events: readonly SyncEvent[],
  now: number,
): Promise<SyncEvent[]> {
  // Nearly every event names a catalog tool; only the others are looked up, and only by id.
  const others = new Set<string>();
  for (const e of events)
    for (const [, toolId] of toolRefs(e)) if (catalogTool(toolId) === undefined) others.add(toolId);
  const orgTools = new Set<string>();
  if (others.size > 0) {
    const rows = await db
      .selectFrom('org_tools')
      .select('id')
      .where('id', 'in', [...others])
      .execute();
    for (const r of rows) orgTools.add(r.id);
    // A browser may already classify with a release another process (the CLI, a second server)
    // installed since this one last looked: two small reads, the release body only when it changed.
    if ([...others].some((id) => !orgTools.has(id))) await refreshActiveCatalog(db);
  }
  const known = { has: (toolId: string) => catalogTool(toolId) !== undefined || orgTools.has(toolId) };
  const policies = new Map<number, { sha256: string; publishedAt: number }>();
  const versions = [
    ...new Set(events.flatMap((e) => (e.kind === 'acknowledgement' ? [e.policyVersion] : []))),
  ];
  if (versions.length > 0) {
    const rows = await db
      .selectFrom('policy_versions')
      .select(['version', 'sha256', 'published_at'])
      .where('version', 'in', versions)
      .execute();
    for (const r of rows)
      policies.set(Number(r.version), { sha256: r.sha256, publishedAt: Number(r.published_at) });
  }
  const modules = await completionModules(db, events);
  const refused: EventRejectedError[] = [];
  const timed = events.map((e, i) => {
    const published =
      e.kind === 'acknowledgement'
        ? policies.get(e.policyVersion)?.publishedAt
        : e.kind === 'literacy_completion'
          ? moduleOf(modules, e)?.publishedAt
          : undefined;
    const fault =
      refusal(e, known, policies) ??
      (e.kind === 'literacy_completion' ? completionRefusal(e, modules) : null) ??
      timeRefusal(e, now, published);
    if (fault !== null) refused.push(new EventRejectedError(i, fault.field, fault.reason));
    return serverTimed(e, now, published);
  });
  if (refused.length > 0) throw EventRejectedError.all(refused);
  return timed;
}

function refusal(
  e: SyncEvent,
  known: { has(toolId: string): boolean },
  policies: ReadonlyMap<number, { sha256: string }>,
): TimeRefusal | null {
  for (const [field, toolId] of toolRefs(e))
    if (!known.has(toolId)) return { field, reason: `unknown tool id "${toolId}"` };
  if (e.kind !== 'acknowledgement') return null;
  const policy = policies.get(e.policyVersion);
  if (policy === undefined)
    return { field: 'policyVersion', reason: `policy version ${e.policyVersion} was never published` };
  if (policy.sha256 !== e.policySha256)
    return { field: 'policySha256', reason: `does not match the text of policy version ${e.policyVersion}` };
  return null;
}
