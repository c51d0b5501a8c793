import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { up } from './0018_tool_user_days_person_first';

const ROWS = [
  { tool_id: 'chatgpt', user_id: 'u2', day: '2026-11-02' },
  { tool_id: 'claude', user_id: 'u1', day: '2026-11-01' },
  { tool_id: 'chatgpt', user_id: 'u1', day: '2026-11-01' },
];

for (const dialect of dialects) {
  describe(`${dialect}: 0018 keys tool_user_days person first`, () => {
    const t = useTestDatabase(dialect, { reset: false });

    it('keeps every row readable, keeps the inventory indexes, and refuses a duplicate person-day-tool', async () => {
      // The table as 0001 and 0003 left it: keyed (tool, user, day), with the inventory's indexes.
      await t.db.schema.dropTable('tool_user_days').execute();
      await t.db.schema
        .createTable('tool_user_days')
        .addColumn('tool_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('tool_user_days_pk', ['tool_id', 'user_id', 'day'])
        .execute();
      await t.db.schema
        .createIndex('tool_user_days_tool_day')
        .on('tool_user_days')
        .columns(['tool_id', 'day'])
        .execute();
      await t.db.schema
        .createIndex('tool_user_days_day_user')
        .on('tool_user_days')
        .columns(['day', 'user_id'])
        .execute();
      await t.db.insertInto('tool_user_days').values(ROWS).execute();
      await up(t.db);
      const rows = await t.db
        .selectFrom('tool_user_days')
        .select(['tool_id', 'user_id', 'day'])
        .orderBy(['user_id', 'day', 'tool_id'])
        .execute();
      expect(rows).toEqual([ROWS[2], ROWS[1], ROWS[0]]);
      await expect(t.db.insertInto('tool_user_days').values(ROWS[0]!).execute()).rejects.toThrow();
      const names =
        dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_index_list('tool_user_days')`.execute(t.db))
              .rows
          : (
              await sql<{ name: string }>`select indexname as name from pg_indexes
                where tablename = 'tool_user_days' and schemaname = current_schema()`.execute(t.db)
            ).rows;
      expect(names.map((n) => n.name)).toEqual(
        expect.arrayContaining(['tool_user_days_tool_day', 'tool_user_days_day_user']),
      );
    });
  });
}
