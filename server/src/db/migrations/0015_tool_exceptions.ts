import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/**
 * FROZEN once shipped. Exceptions (issue 17 item 1): an admin lets one person use a tool the
 * organisation has not approved for everyone, until a date or until withdrawn. Until now an
 * approved request did that implicitly and forever; each such approval still in force (made after
 * the tool's current decision, as browsers counted it) becomes an exception without an end, so
 * nobody loses access by the upgrade. The config version moves, so every browser pulls them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

// eslint-disable-next-line max-lines-per-function -- a frozen schema declaration: one table after another, read top to bottom
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tool_exceptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('tool_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('note', 'text')
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'bigint', (c) => c.notNull())
    .addColumn('until', 'bigint')
    .addColumn('revoked_by', 'text')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('tool_exceptions_user').on('tool_exceptions').column('user_id').execute();
  await db.schema.createIndex('tool_exceptions_tool').on('tool_exceptions').column('tool_id').execute();

  const approved = (await db
    .selectFrom('requests')
    .leftJoin('decisions', 'decisions.tool_id', 'requests.tool_id')
    .select([
      'requests.id',
      'requests.user_id',
      'requests.tool_id',
      'requests.note',
      'requests.decided_by',
      'requests.decided_at',
      'decisions.decided_at as decision_at',
    ])
    .where('requests.kind', '=', 'approval')
    .where('requests.status', '=', 'approved')
    .execute()) as {
    id: string;
    user_id: string;
    tool_id: string;
    note: string | null;
    decided_by: string | null;
    decided_at: number | string | null;
    decision_at: number | string | null;
  }[];
  const inForce = approved.filter((r) => Number(r.decided_at ?? 0) >= Number(r.decision_at ?? 0));
  for (const r of inForce)
    await db
      .insertInto('tool_exceptions')
      .values({
        id: randomUUID(),
        user_id: r.user_id,
        tool_id: r.tool_id,
        request_id: r.id,
        note: r.note,
        granted_by: r.decided_by ?? 'unknown',
        granted_at: Number(r.decided_at ?? 0),
        until: null,
        revoked_by: null,
        revoked_at: null,
      })
      .execute();
  if (inForce.length > 0)
    await db
      .updateTable('config_version')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .execute();
}
