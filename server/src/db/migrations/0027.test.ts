import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { up } from './0027_current_registrations_one_index';

for (const dialect of dialects) {
  describe(`${dialect}: 0027 one current_registrations index by tool`, () => {
    const t = useTestDatabase(dialect, { reset: false });

    const names = async () =>
      (dialect === 'sqlite'
        ? (
            await sql<{ name: string }>`select name from pragma_index_list('current_registrations')`.execute(
              t.db,
            )
          ).rows
        : (
            await sql<{ name: string }>`select indexname as name from pg_indexes
              where tablename = 'current_registrations' and schemaname = current_schema()`.execute(t.db)
          ).rows
      ).map((n) => n.name);

    it('replaces the two indexes by tool with one, and runs again without harm', async () => {
      // As 0003 left them.
      await t.db.schema.dropIndex('current_registrations_tool_at_purpose').execute();
      await t.db.schema
        .createIndex('current_registrations_tool_purpose')
        .on('current_registrations')
        .columns(['tool_id', 'purpose_category', 'data_classes', 'withdrawn'])
        .execute();
      await t.db.schema
        .createIndex('current_registrations_tool_at')
        .on('current_registrations')
        .columns(['tool_id', 'at', 'user_id'])
        .execute();
      await up(t.db);
      await up(t.db);
      const after = await names();
      expect(after).toContain('current_registrations_tool_at_purpose');
      expect(after).not.toContain('current_registrations_tool_purpose');
      expect(after).not.toContain('current_registrations_tool_at');
    });
  });
}
