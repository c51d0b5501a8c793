import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Self-reports become reports for an admin to review instead of organisation
 * tools (issue 23, findings 1 and 2):
 * - `reported_tools`: the review queue, one row per reported tool (by hostname, else by name), with
 *   the tool id it will get if an admin accepts it, so the reporters' requests can already name it;
 * - `reported_tool_reporters`: who reported it, when first and last (how many people);
 * - `self_report_quota`: self-reports per device per server day, the flood bound;
 * - `org_tool_keys`: each organisation tool's hostnames and lower-cased name, so matching a report to
 *   a tool is an index lookup instead of reading every tool (filled here from the existing tools).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

// eslint-disable-next-line max-lines-per-function -- a frozen schema declaration: one table after another, read top to bottom
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('reported_tools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('hostname', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('first_reported_at', 'bigint', (c) => c.notNull())
    .addColumn('last_reported_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('reported_tools_hostname')
    .unique()
    .on('reported_tools')
    .column('hostname')
    .execute();
  await db.schema.createIndex('reported_tools_name_key').on('reported_tools').column('name_key').execute();
  // The queue page (open first, newest first) and the open-queue count.
  await db.schema
    .createIndex('reported_tools_status_last')
    .on('reported_tools')
    .columns(['status', 'last_reported_at'])
    .execute();

  await db.schema
    .createTable('reported_tool_reporters')
    .addColumn('reported_tool_id', 'text', (c) => c.notNull().references('reported_tools.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('first_at', 'bigint', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('reported_tool_reporters_pk', ['reported_tool_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('self_report_quota')
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_report_quota_pk', ['device_id', 'day'])
    .execute();

  await db.schema
    .createTable('org_tool_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_tool_keys_pk', ['key', 'tool_id'])
    .execute();
  await db.schema.createIndex('org_tool_keys_tool').on('org_tool_keys').column('tool_id').execute();

  const tools = (await db.selectFrom('org_tools').select(['id', 'data']).execute()) as Array<{
    id: string;
    data: string;
  }>;
  for (const t of tools) {
    const tool = JSON.parse(t.data) as { name: string; domains: string[] };
    const keys = new Set([`name:${tool.name.trim().toLowerCase()}`, ...tool.domains.map((d) => `host:${d}`)]);
    await db
      .insertInto('org_tool_keys')
      .values([...keys].map((key) => ({ key, tool_id: t.id })))
      .execute();
  }
}
