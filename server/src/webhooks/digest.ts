import { annexIIIArea, type PurposeCategory } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { pendingSummary } from '../db/repositories/requests.repository';
import { emitEvent } from './outbox';
import { dataClassesColumn } from '../db/codecs';

const DAY = 86_400_000;
const SENSITIVE = new Set<string>(['personal', 'special-category']);
/** Tools named in one digest; more are counted, not listed. */
const MAX_TOOLS = 50;

/** What changed in the last 24 hours that needs an admin: ids and counts, no person. */
async function digestData(db: Kysely<Database>, now: number, day: string) {
  const since = now - DAY;
  const [tools, pending, registrations] = await Promise.all([
    db
      .selectFrom('tool_users')
      .select('tool_id')
      .groupBy('tool_id')
      .having((eb) => eb.fn.min('first_seen_at'), '>=', since)
      .orderBy('tool_id')
      .execute(),
    pendingSummary(db),
    db
      .selectFrom('registrations')
      .select(['purpose_category', 'data_classes'])
      .where('received_at', '>=', since)
      .where('withdrawn', '=', 0)
      .limit(100_000)
      .execute(),
  ]);
  const annexIII = registrations.filter(
    (r) => r.purpose_category !== null && annexIIIArea(r.purpose_category as PurposeCategory) !== null,
  ).length;
  const sensitive = registrations.filter((r) =>
    dataClassesColumn.decode(r.data_classes).some((c) => SENSITIVE.has(c)),
  ).length;
  return {
    day,
    newTools: tools.slice(0, MAX_TOOLS).map((t) => t.tool_id),
    newToolCount: tools.length,
    pendingRequests: Number(pending.n),
    oldestPendingAt: pending.oldest === null ? null : new Date(Number(pending.oldest)).toISOString(),
    annexIIIRegistrations: annexIII,
    sensitiveDataRegistrations: sensitive,
  };
}

/**
 * The daily digest for admins (`digest.daily`, usually to an email endpoint): once per UTC day. The
 * day is the event's dedupe key, so a restart, a second check or a second server process on the
 * same database never sends a second one for that day.
 */
export async function emitDailyDigest(db: Kysely<Database>, now: number): Promise<string | null> {
  const day = new Date(now).toISOString().slice(0, 10);
  const subscribed = await db
    .selectFrom('webhook_endpoint_events')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_endpoint_events.endpoint_id')
    .select('webhook_endpoints.id')
    .where('event_type', '=', 'digest.daily')
    .where('enabled', '=', 1)
    .limit(1)
    .executeTakeFirst();
  if (!subscribed) return null;
  const data = await digestData(db, now, day);
  return db
    .transaction()
    .execute((trx) => emitEvent(trx, 'digest.daily', data, now, { dedupeKey: `digest.daily:${day}` }));
}

/** The digest as an email body: one fact a line, plain ASCII. */
export function digestText(d: Record<string, unknown>): string {
  const tools = d.newTools as string[];
  const oldest = typeof d.oldestPendingAt === 'string' ? ` (oldest since ${d.oldestPendingAt})` : '';
  return [
    `New AI tools in use (last 24 h): ${String(d.newToolCount)}${tools.length > 0 ? ` (${tools.join(', ')})` : ''}`,
    `Requests waiting for an answer: ${String(d.pendingRequests)}${oldest}`,
    `Registrations in an EU AI Act Annex III area (last 24 h): ${String(d.annexIIIRegistrations)}`,
    `Registrations naming personal or special-category data (last 24 h): ${String(d.sensitiveDataRegistrations)}`,
  ].join('\n');
}
