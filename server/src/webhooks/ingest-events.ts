import { annexIIIArea, type DataClass } from '@lantern/shared';
import type { Db } from '../db/database';
import type { Fold, Tagged } from '../sync/push/fold';
import type { NewRequest } from '../sync/push/records';
import { emitEvent } from './outbox';
import { allowedDataClassesColumn } from '../db/codecs';

const iso = (ms: number) => new Date(ms).toISOString();
const SENSITIVE: DataClass[] = ['personal', 'special-category'];

/**
 * The events a push causes, written in the push's transaction. Runs before the presence rows are
 * stored: a tool with no `tool_users` row yet is new to the organisation (`tool.discovered`).
 */
export async function emitIngestEvents(
  trx: Db,
  fold: Fold,
  requests: ReadonlyArray<Tagged<NewRequest>>,
): Promise<void> {
  // Pushes of usage only to known tools, with no request or registration, cost no query at all;
  // otherwise, with no endpoint enabled (the common case), one.
  const flaggable = fold.registrations.some(
    ({ event: e }) =>
      e.kind === 'registration' &&
      (annexIIIArea(e.purposeCategory) !== null || e.dataClasses.some((c) => SENSITIVE.includes(c))),
  );
  const maybe = fold.presence.users.size > 0 || requests.length > 0 || flaggable;
  if (!maybe || !(await anyEndpoint(trx))) return;
  const firstSeen = new Map<string, number>();
  for (const w of fold.presence.users.values())
    firstSeen.set(w.toolId, Math.min(w.first, firstSeen.get(w.toolId) ?? Infinity));
  if (firstSeen.size > 0) {
    const known = await trx
      .selectFrom('tool_users')
      .select('tool_id')
      .distinct()
      .where('tool_id', 'in', [...firstSeen.keys()])
      .execute();
    for (const k of known) firstSeen.delete(k.tool_id);
    for (const [toolId, at] of [...firstSeen].sort()) {
      await emitEvent(trx, 'tool.discovered', { toolId, firstSeenAt: iso(at) }, Date.now(), {
        dedupeKey: `tool.discovered:${toolId}`,
      });
    }
  }
  for (const { event: e, origin: o } of requests) {
    const data = { requestId: e.id, kind: e.kind, toolId: e.toolId, at: iso(e.at) };
    await emitEvent(trx, 'request.created', data, o.now);
  }
  for (const { event: e, origin: o } of fold.registrations) {
    if (e.kind !== 'registration') continue;
    const reasons: string[] = [];
    const sensitive = e.dataClasses.filter((c) => SENSITIVE.includes(c));
    if (sensitive.length > 0 && !(await allows(trx, e.toolId, sensitive))) reasons.push('sensitive-data');
    const area = annexIIIArea(e.purposeCategory);
    if (area !== null) reasons.push('annex-iii');
    for (const reason of reasons) {
      const data = {
        toolId: e.toolId,
        reason,
        ...(reason === 'sensitive-data'
          ? { dataClasses: sensitive }
          : { purposeCategory: e.purposeCategory, annexIIIArea: area }),
        at: iso(e.at),
      };
      await emitEvent(trx, 'flag.raised', data, o.now);
    }
  }
}

async function anyEndpoint(trx: Db): Promise<boolean> {
  const row = await trx
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('enabled', '=', 1)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The inventory's rule (inventory/tools.ts): approved, or conditional allowing every sensitive class. */
async function allows(trx: Db, toolId: string, sensitive: DataClass[]): Promise<boolean> {
  const d = await trx
    .selectFrom('decisions')
    .select(['status', 'allowed_data_classes'])
    .where('tool_id', '=', toolId)
    .executeTakeFirst();
  if (d?.status === 'approved') return true;
  if (d?.status !== 'conditional') return false;
  const allowed = allowedDataClassesColumn.decode(d.allowed_data_classes);
  return sensitive.every((c) => allowed.includes(c));
}
