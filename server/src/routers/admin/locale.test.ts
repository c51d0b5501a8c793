import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { fixture } from '../../../testing/fixture';

for (const dialect of dialects) {
  describe(`${dialect}: the organisation's language for employees`, () => {
    const t = useTestDatabase(dialect);

    const auditActions = async () =>
      (await t.db.selectFrom('audit_log').select(['action', 'details']).orderBy('seq').execute()).map(
        (r) => ({ action: r.action, details: JSON.parse(r.details) as unknown }),
      );

    it('follows each browser until an admin chooses German, which reaches devices on their next pull, audited', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const d = await f.device();
      const before = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      expect((await admin.admin.settings.get()).locale).toBe('browser');
      expect(before.unchanged ? null : before.config.settings).not.toHaveProperty('locale');

      expect(await admin.admin.settings.update({ locale: 'de' })).toMatchObject({ locale: 'de' });
      const after = await d.caller.sync.pull({
        protocolVersion: PROTOCOL_VERSION,
        configVersion: before.configVersion,
      });
      expect(after.unchanged).toBe(false);
      expect(after.unchanged ? null : after.config.settings.locale).toBe('de');
      expect(await auditActions()).toEqual([{ action: 'settings.update', details: { locale: 'de' } }]);

      await admin.admin.settings.update({ locale: 'browser' });
      const back = await d.caller.sync.pull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
      expect(back.unchanged ? null : back.config.settings).not.toHaveProperty('locale');
    });

    it('lets only admins choose it: auditors, devices and strangers are refused and change nothing', async () => {
      const f = fixture(t);
      const auditor = await f.callerFor(await f.staffToken('auditor'));
      const d = await f.device();
      await expect(auditor.admin.settings.update({ locale: 'de' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(d.caller.admin.settings.update({ locale: 'de' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
      await expect(f.anonymous.admin.settings.update({ locale: 'de' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
      expect((await auditor.admin.settings.get()).locale).toBe('browser');
      expect(await auditActions()).toEqual([]);
    });

    it('refuses a language it has no catalogue for with a clear error, keeping the current one', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.settings.update({ locale: 'en' });
      for (const bad of ['fr', 'DE', 'de-DE', '', 7, null]) {
        await expect(admin.admin.settings.update({ locale: bad } as never)).rejects.toThrow(
          /locale must be one of "browser", "en", "de"/,
        );
      }
      expect((await admin.admin.settings.get()).locale).toBe('en');
      expect((await auditActions()).map((a) => a.action)).toEqual(['settings.update']);
    });
  });
}
