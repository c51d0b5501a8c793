import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Indexes the inventory and the evidence export need at organisation scale
 * (50,000 people, 2,000 tools, a year of day rows); the comment on each says which query it serves,
 * and server/src/inventory/query-plans.test.ts checks that SQLite uses them. Only indexes: no table
 * or column changes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  // The list: per tool, people, first/last seen and people seen in 7/30 days, read from the index alone
  // (no table lookups). The tool page: its people, most recently seen first.
  ['tool_users_tool_seen', 'tool_users', ['tool_id', 'last_seen_at', 'first_seen_at']],
  // Per person: the people page, a person's tools, the overview's active people, and which tools the
  // people who accepted the policy use.
  ['tool_users_user', 'tool_users', ['user_id', 'tool_id', 'last_seen_at']],
  // The tool page's people per day: the key (tool, user, day) cannot range over days.
  ['tool_user_days_tool_day', 'tool_user_days', ['tool_id', 'day']],
  // The overview's weekly active people: distinct people per day range, from the index alone.
  ['tool_user_days_day_user', 'tool_user_days', ['day', 'user_id']],
  // Visits and active time of the last 30 days, every tool, from the index alone.
  ['tool_days_day', 'tool_days', ['day', 'tool_id', 'visits', 'active_seconds']],
  // Registrations per tool, purpose and data classes, from the index alone and in group order; a
  // tool's registrations on its page. (`withdrawn` last: first, SQLite would pick this index for
  // any `withdrawn = 0` filter, a person's registrations included.)
  [
    'current_registrations_tool_purpose',
    'current_registrations',
    ['tool_id', 'purpose_category', 'data_classes', 'withdrawn'],
  ],
  // The registrations export, a page at a time in its order; a tool's newest registrations.
  ['current_registrations_tool_at', 'current_registrations', ['tool_id', 'at', 'user_id']],
  // Who accepted a policy version, in person order.
  ['acknowledgements_policy_user', 'acknowledgements', ['policy_version', 'user_id']],
  // A tool's requests, newest first.
  ['requests_tool', 'requests', ['tool_id', 'at']],
  // A tool's browser extension installs.
  ['device_extensions_tool', 'device_extensions', ['tool_id']],
  // The people page, in the order it lists people.
  ['users_created', 'users', ['created_at', 'id']],
  // The devices export, a page at a time in its order.
  ['devices_created', 'devices', ['created_at', 'id']],
];

/** Indexes of 0001 that an index above starts with, so they only cost writes now. */
const SUPERSEDED = [
  // by tool_user_days_day_user (retention's `day < ?` reads that one as well)
  'tool_user_days_day',
  // by current_registrations_tool_purpose and current_registrations_tool_at
  'current_registrations_tool',
];

export async function up(db: AnyDb): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  for (const name of SUPERSEDED) await db.schema.dropIndex(name).ifExists().execute();
}
