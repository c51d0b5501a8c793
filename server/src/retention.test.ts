import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setSettings } from './db/repositories/config.repository';
import { currentPolicy } from './db/repositories/policies.repository';
import { CompiledQuery } from 'kysely';
import { applyRetention, toolUserDaysBefore } from './retention';
import { dialects, openTestDatabase } from '../testing/databases';
import type { TestDatabase } from '../testing/databases';
import { acknowledgement, push, usage } from '../testing/events';
import { fixture } from '../testing/fixture';

for (const dialect of dialects) {
  describe(`${dialect}: usage retention`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(async () => t.close());
    beforeEach(async () => t.reset());

    it('deletes usage older than the retention period and keeps acknowledgements', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.policies.publish({ title: 'P', body: 'B', changeSummary: null });
      const policy = (await currentPolicy(t.db))!;
      const d = await f.device();
      const now = Date.UTC(2026, 10, 23, 12);
      await d.caller.sync.push(
        push([usage({ day: '2026-01-10' }), usage({ day: '2026-11-20' }), acknowledgement(1, policy.sha256)]),
      );
      expect(await applyRetention(t.db, now)).toEqual({ cutoffDay: null, deleted: 0 });
      await setSettings(t.db, { retentionDays: 90 });
      const result = await applyRetention(t.db, now);
      expect(result.cutoffDay).toBe('2026-08-25');
      const days = (await t.db.selectFrom('usage_days').select('day').execute()).map((r) => r.day);
      expect(days).toEqual(['2026-11-20']);
      expect((await t.db.selectFrom('tool_days').select('day').execute()).map((r) => r.day)).toEqual([
        '2026-11-20',
      ]);
      expect(await t.db.selectFrom('acknowledgements').selectAll().execute()).toHaveLength(1);
    });

    it('deletes the old days of every person from tool_user_days, through its key (user, day, tool)', async () => {
      const f = fixture(t);
      const days = ['2026-01-10', '2026-08-24', '2026-08-25', '2026-11-20'];
      const tools = ['chatgpt', 'claude', 'deepseek', 'gemini', 'grok'];
      for (const email of ['ada@example.com', 'bob@example.com']) {
        const d = await f.device(email);
        await d.caller.sync.push(
          push(tools.flatMap((toolId, i) => days.slice(i % 2).map((day) => usage({ toolId, day })))),
        );
      }
      const rows = () =>
        t.db
          .selectFrom('tool_user_days')
          .select(['tool_id', 'day', 'user_id'])
          .orderBy('tool_id')
          .orderBy('day')
          .orderBy('user_id')
          .execute();
      const before = await rows();
      await setSettings(t.db, { retentionDays: 90 });
      const { cutoffDay, deleted } = await applyRetention(t.db, Date.UTC(2026, 10, 23, 12));
      const kept = before.filter((r) => r.day >= cutoffDay!);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(before.length);
      expect(await rows()).toEqual(kept);
      const usageDeleted = before.length - kept.length; // one usage_days and tool_days row per old day too
      expect(deleted).toBeGreaterThanOrEqual(usageDeleted);
      if (dialect === 'sqlite') {
        const compiled = toolUserDaysBefore(cutoffDay!).compile(t.db);
        const plan = await t.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        const details = plan.rows.map((r) => r.detail);
        expect(details.filter((d) => /^SCAN (tool_user_days|t)\b/.test(d))).toEqual([]);
        expect(details).toContain('SEARCH tool_user_days USING PRIMARY KEY (user_id=? AND day<?)');
      }
    });
  });
}
