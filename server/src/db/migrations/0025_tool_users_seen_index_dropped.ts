import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Issue 21, cheaper ingest: `tool_users_tool_seen_user` (tool, last seen, first
 * seen, person) goes. It served only the tool page's 500 most recently seen people, which now reads
 * the tool's range of the key (tool, person) and keeps the latest 500 while reading
 * (server/src/inventory/tool-detail.ts). Every push that moved a person's last-seen time rewrote
 * that person's entry at the far end of the tool's range, so one push's rows landed on pages all
 * over the index: with one push per commit it was the largest share of the WAL frames an event
 * writes (0.15 of ~1.15 in tests/bench/ingest-replay.ts with LANTERN_REPLAY_PAGES=1, session 9).
 *
 * `usage_days_day` (day), the other index only one reader used (retention), stays: the key
 * (device, tool, signal, day) cannot range over days, and deleting old days through it costs one
 * seek per device × tool × signal on every pass, where new day rows in a live fleet are for today
 * and go to the index's last page (docs/performance.md, session 10).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('tool_users_tool_seen_user').ifExists().execute();
}
