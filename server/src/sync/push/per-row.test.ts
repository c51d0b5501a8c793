import { describe, expect, it } from 'vitest';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';
import { push, usage } from '../../../testing/events';
import { sqliteOf } from '../../db/direct-sqlite';
import { Statements } from './sql';

for (const dialect of dialects) {
  describe(`${dialect}: the writer's statements per row (SQLite) or per set (PostgreSQL)`, () => {
    const t = useTestDatabase(dialect);

    it('runs one statement per row only on a SQLite connection opened by createDatabase', async () => {
      const perRow = await t.db
        .transaction()
        .execute(async (trx) => new Statements(trx, sqliteOf(t.db)).perRow);
      expect(perRow).toBe(dialect === 'sqlite');
    });

    it.runIf(dialect === 'sqlite')('refuses per-row statements outside a transaction', () => {
      // Outside one, a statement on the shared connection could land in another caller's transaction.
      const s = new Statements(t.db, sqliteOf(t.db));
      expect(() => s.insertEach('seen_events', [['event_id', 'text']], [['x']])).toThrow(
        'per-row statements run only inside the push transaction',
      );
    });

    it('counts a resent event once, and a day row once per person, either way', async () => {
      const f = fixture(t);
      const d = await f.device('per-row@example.com');
      const events = ['2026-11-21', '2026-11-22'].map((day) =>
        usage({ toolId: 'chatgpt', day, visits: 3, activeSeconds: 60 }),
      );
      const first = await d.caller.sync.push(push(events));
      const again = await d.caller.sync.push(
        push([...events, usage({ toolId: 'chatgpt', day: '2026-11-22', visits: 5 })]),
      );
      expect(first.duplicates).toBe(0);
      expect(again.duplicates).toBe(2);
      const people = await t.db
        .selectFrom('tool_day_people')
        .select(['day', 'people'])
        .where('tool_id', '=', 'chatgpt')
        .orderBy('day')
        .execute();
      expect(people.map((p) => [p.day, Number(p.people)])).toEqual([
        ['2026-11-21', 1],
        ['2026-11-22', 1],
      ]);
      const visits = await t.db
        .selectFrom('tool_days')
        .select(['day', 'visits'])
        .where('tool_id', '=', 'chatgpt')
        .orderBy('day')
        .execute();
      expect(visits.map((v) => [v.day, Number(v.visits)])).toEqual([
        ['2026-11-21', 3],
        ['2026-11-22', 5],
      ]);
    });
  });
}
