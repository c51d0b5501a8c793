import { beforeEach, describe, expect, it } from 'vitest';
import type { DecisionInput, ToolStatus } from '@lantern/shared';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';
import { createCaller } from '../../caller';
import { decisionHistoryDataset } from '../../evidence/datasets';

const decide = (status: ToolStatus, conditions: string): DecisionInput => ({
  toolId: 'chatgpt',
  status,
  enforcement: 'acknowledge',
  conditions,
  allowedDataClasses: [],
  alternativeToolId: null,
});

// Six changes an admin makes in quick succession, all stamped with the same millisecond.
const CHANGES = (['review', 'conditional', 'approved', 'prohibited', 'review', 'approved'] as const).map(
  (status, i) => decide(status, `step ${i + 1}`),
);
const NOW = Date.UTC(2026, 11, 5, 10, 0);

for (const dialect of dialects) {
  describe(`${dialect}: decision history`, () => {
    const t = useTestDatabase(dialect);
    let admin: ReturnType<typeof createCaller>['admin'];
    beforeEach(async () => {
      const f = fixture(t);
      const auth = await f.authFor(await f.staffToken('admin'));
      admin = createCaller({ db: t.db, dialect: t.dialect, auth, now: () => NOW }).admin;
    });

    it('lists changes made in the same millisecond in the order they were made', async () => {
      for (const change of CHANGES) await admin.decisions.set(change);
      const history = await admin.decisions.history({ toolId: 'chatgpt' });
      expect(history.map((h) => [h.conditions, h.decidedAt])).toEqual(
        CHANGES.map((c) => [c.conditions, NOW]).reverse(),
      );
      expect((await admin.decisions.list()).map((d) => d.conditions)).toEqual(['step 6']);
      // The evidence pack's history reads oldest first, in the same order.
      const evidence = await decisionHistoryDataset(t.db);
      expect(evidence.rows.map((r) => r.conditions)).toEqual(CHANGES.map((c) => c.conditions));
    });
  });
}
