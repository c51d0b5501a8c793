import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setSettings } from './db/repositories/config.repository';
import { currentPolicy } from './db/repositories/policies.repository';
import { applyRetention } from './retention';
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
  });
}
