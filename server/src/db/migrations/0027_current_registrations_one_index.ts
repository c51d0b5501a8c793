import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `current_registrations` keeps one index by tool
 * instead of two. `current_registrations_tool_purpose` (tool, purpose, data classes, withdrawn)
 * served the registrations per tool, purpose and data classes (server/src/inventory/tool-metrics.ts)
 * and the chase facts' registrations of some tools, both from the index alone;
 * `current_registrations_tool_at` (tool, time, person) served the registrations export a page at a
 * time in its order and a tool's newest registrations. A registration's new time moved its entry in
 * the second and its new purpose or data classes in the first: each cost ~0.03 WAL frames per event
 * in tests/bench/ingest-replay.ts at three pushes per commit (session 11), for the 6% of events that
 * are registrations. The one index (tool, time, person, purpose, data classes, withdrawn) serves
 * every one of those readers — the export's order is its prefix, and the counts read it alone in tool
 * order, as before — and each registration writes one entry. (`withdrawn` last, as in 0003.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('current_registrations_tool_at_purpose')
    .ifNotExists()
    .on('current_registrations')
    .columns(['tool_id', 'at', 'user_id', 'purpose_category', 'data_classes', 'withdrawn'])
    .execute();
  await db.schema.dropIndex('current_registrations_tool_purpose').ifExists().execute();
  await db.schema.dropIndex('current_registrations_tool_at').ifExists().execute();
}
