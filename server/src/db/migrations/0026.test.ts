import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';
import { push, usage } from '../../../testing/events';
import { up } from './0026_usage_day_groups';

for (const dialect of dialects) {
  describe(`${dialect}: 0026 usage_day_groups instead of usage_days_day`, () => {
    const t = useTestDatabase(dialect, { reset: false });

    it('fills the groups from the stored rows, each with its oldest day, and drops the day index', async () => {
      const d = await fixture(t).device();
      await d.caller.sync.push(
        push([
          usage({ day: '2026-11-20' }),
          usage({ day: '2026-03-02' }),
          usage({ day: '2026-11-21', signal: 'extension' }),
          usage({ day: '2026-10-01', toolId: 'claude' }),
        ]),
      );
      // As 0025 left it: no groups table, the day index in place.
      await t.db.schema.dropTable('usage_day_groups').execute();
      await t.db.schema.createIndex('usage_days_day').on('usage_days').column('day').execute();
      await up(t.db);
      const groups = await t.db
        .selectFrom('usage_day_groups')
        .select(['tool_id', 'signal', 'oldest_day'])
        .orderBy('tool_id')
        .orderBy('signal')
        .execute();
      expect(groups).toEqual([
        { tool_id: 'chatgpt', signal: 'extension', oldest_day: '2026-11-21' },
        { tool_id: 'chatgpt', signal: 'visit', oldest_day: '2026-03-02' },
        { tool_id: 'claude', signal: 'visit', oldest_day: '2026-10-01' },
      ]);
      const names =
        dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_index_list('usage_days')`.execute(t.db)).rows
          : (
              await sql<{ name: string }>`select indexname as name from pg_indexes
                where tablename = 'usage_days' and schemaname = current_schema()`.execute(t.db)
            ).rows;
      expect(names.map((n) => n.name)).not.toContain('usage_days_day');
    });
  });
}
