import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { seedDemo } from '../seed/demo';
import { personLabeler } from '../security/people';
import { registrationPages } from '../exports/registration-pages';
import { overview } from './overview';
import { toolDetail } from './tool-detail';
import { inventoryTool, inventoryTools } from './tools';
import { inventoryUsers, userDetail } from './users';

/**
 * The inventory's queries on SQLite, as its query planner runs them at any size: without ANALYZE
 * statistics SQLite plans the same for ten rows as for ten million, so the plans here are the plans
 * of a 50,000-person database. A full scan of a day table, or a scan of a per-person table that has
 * to visit the table's rows, would make a dashboard page cost seconds there.
 */
const DAY_TABLES = ['tool_user_days', 'usage_days', 'tool_days', 'tool_day_people'];
const PERSON_TABLES = ['tool_users', 'tool_devices', 'current_registrations', 'acknowledgements', 'users'];

describe('inventory query plans on SQLite', () => {
  const sqlite = new SqliteDatabase(':memory:');
  const seen = new Map<string, readonly unknown[]>();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (e) => {
      if (e.level === 'query') seen.set(e.query.sql, e.query.parameters);
    },
  });
  const NOW = Date.UTC(2026, 10, 23, 12);

  beforeAll(async () => {
    await migrateToLatest(db);
    await seedDemo(db, { people: 6, days: 20, now: NOW });
    seen.clear();
    const label = await personLabeler(db);
    const rows = await inventoryTools(db, NOW);
    const row = (await inventoryTool(db, NOW, rows[0]!.toolId))!;
    await toolDetail(db, row, label, NOW);
    await overview(db, NOW);
    const users = await inventoryUsers(db, label, { limit: 50, offset: 0, pseudonymous: false });
    await userDetail(db, label, users.rows[0]!.userId);
    // The registrations export, two pages of one row: the second reads after a key.
    let pages = 0;
    for await (const _ of registrationPages(db, label, 1).pages) if (++pages === 2) break;
  }, 120_000);
  afterAll(() => db.destroy());

  it('reads day tables only by index range and per-person tables from an index alone', () => {
    const plans = [...seen].map(([text, params]) => {
      const lines = (
        sqlite.prepare(`explain query plan ${text}`).all(...(params as unknown[])) as { detail: string }[]
      ).map((r) => r.detail);
      return { text, lines };
    });
    expect(plans.length).toBeGreaterThan(20);
    const bad = plans.flatMap(({ text, lines }) =>
      lines
        .filter((l) => {
          const scan = /^SCAN (\w+)/.exec(l)?.[1];
          if (!scan) return false;
          if (DAY_TABLES.includes(scan)) return true;
          // The people page walks people in page order and stops after its page.
          if (l === 'SCAN users USING INDEX users_created') return false;
          // So does the registrations export's first page, in its index's order (migration 0027).
          if (l === 'SCAN current_registrations USING INDEX current_registrations_tool_at_purpose')
            return false;
          return PERSON_TABLES.includes(scan) && !l.includes('COVERING INDEX');
        })
        .map((l) => `${l}  <-  ${text}`),
    );
    expect(bad).toEqual([]);
    const used = plans.flatMap((p) => p.lines).join('\n');
    // One index by tool serves the registration counts from the index alone, a tool's newest
    // registrations in its order, and the export's pages (migration 0027).
    expect(used).toContain(
      'SCAN current_registrations USING COVERING INDEX current_registrations_tool_at_purpose',
    );
    expect(used).toContain(
      'SEARCH current_registrations USING COVERING INDEX current_registrations_tool_at_purpose (tool_id=?)',
    );
    const recent = plans.find((p) => p.text.includes('"purpose_text"') && p.text.includes('limit'));
    expect(recent?.lines).toContain(
      'SEARCH current_registrations USING INDEX current_registrations_tool_at_purpose (tool_id=?)',
    );
    expect(recent?.lines.join('\n')).not.toContain('TEMP B-TREE');
    const exportPages = plans.filter((p) =>
      p.text.includes('("current_registrations"."tool_id", "current_registrations"."at"'),
    );
    expect(exportPages.map((p) => p.lines[0])).toEqual([
      'SEARCH current_registrations USING INDEX current_registrations_tool_at_purpose ((tool_id,at,user_id)>(?,?,?))',
    ]);
    expect(exportPages[0]!.lines.join('\n')).not.toContain('TEMP B-TREE');
    // A tool page's most recently seen people: the tool's range of the key (migration 0025).
    expect(used).toContain('SEARCH tool_users USING INDEX sqlite_autoindex_tool_users_1 (tool_id=?)');
    for (const index of [
      'tool_users_user',
      // A tool page's people per day (migration 0020), by its key.
      'sqlite_autoindex_tool_day_people_1',
      'tool_last_days_day',
      'tool_days_day',
      // Registrations per tool, purpose and data classes, and a tool's newest (migration 0027).
      'current_registrations_tool_at_purpose',
      'acknowledgements_policy_user',
      'users_created',
    ])
      expect(used, index).toContain(index);
  });
});
