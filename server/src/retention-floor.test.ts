import { describe, expect, it } from 'vitest';
import { applyEvidenceRetention } from './retention-evidence';
import { dialects } from '../testing/databases';
import { useTestDatabase } from '../testing/use-database';
import { approvalRequest, push, registration } from '../testing/events';
import { fixture } from '../testing/fixture';

const DAY = 86_400_000;

for (const dialect of dialects) {
  describe(`${dialect}: retention floor and evidence retention`, () => {
    const t = useTestDatabase(dialect);

    it('refuses retention below 183 days unless the Art. 26(6) floor is acknowledged, and logs the acknowledgement', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await expect(admin.admin.settings.update({ retentionDays: 30 })).rejects.toThrow(
        /retentionDays 30 is below the EU AI Act Art. 26\(6\) floor.*acknowledgeRetentionFloor: true/s,
      );
      await expect(admin.admin.settings.update({ evidenceRetentionDays: 182 })).rejects.toThrow(
        /Art. 26\(6\)/,
      );
      expect((await admin.admin.settings.get()).retentionDays).toBeNull();
      await admin.admin.settings.update({ retentionDays: 183, evidenceRetentionDays: 400 });
      const set = await admin.admin.settings.update({
        retentionDays: 30,
        evidenceRetentionDays: 90,
        acknowledgeRetentionFloor: true,
      });
      expect(set).toMatchObject({ retentionDays: 30, evidenceRetentionDays: 90 });
      expect(set).not.toHaveProperty('acknowledgeRetentionFloor');
      const [entry] = await t.db
        .selectFrom('audit_log')
        .select('details')
        .orderBy('seq', 'desc')
        .limit(1)
        .execute();
      expect(JSON.parse(entry!.details)).toMatchObject({
        retentionDays: 30,
        acknowledgeRetentionFloor: true,
      });
    });

    it('deletes old non-chain evidence but keeps current registrations and pending requests', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const d = await f.device();
      const answered = approvalRequest();
      await d.caller.sync.push(
        push([
          registration({ toolId: 'chatgpt' }),
          registration({ toolId: 'chatgpt' }),
          answered,
          approvalRequest(),
        ]),
      );
      await admin.admin.requests.answer({ id: answered.id, status: 'denied', note: null });
      await admin.admin.settings.update({ evidenceRetentionDays: 200 });
      expect(await applyEvidenceRetention(t.db, Date.now() + 199 * DAY)).toEqual({ deleted: 0 });
      expect(await applyEvidenceRetention(t.db, Date.now() + 201 * DAY)).toEqual({ deleted: 2 });
      expect(await t.db.selectFrom('registrations').selectAll().execute()).toHaveLength(1);
      expect((await t.db.selectFrom('requests').select('status').execute()).map((r) => r.status)).toEqual([
        'pending',
      ]);
    });
  });
}
