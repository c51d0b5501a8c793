import { describe, expect, it } from 'vitest';
import { createCaller } from '../caller';
import { createApiToken } from '../db/repositories/tokens.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { fixture } from '../../testing/fixture';
import { resolveAuth } from './resolve-auth';

const DAY = 24 * 60 * 60 * 1000;

for (const dialect of dialects) {
  describe(`${dialect}: API tokens expire`, () => {
    const t = useTestDatabase(dialect);

    it('lives 90 days by default, and is refused from the moment it expires', async () => {
      const now = Date.UTC(2026, 0, 1);
      const { token, expiresAt } = await createApiToken(t.db, 'auditor', 'scripts', now);
      expect(expiresAt).toBe(now + 90 * DAY);
      expect(await resolveAuth(t.db, { bearer: token }, now + 90 * DAY - 1)).toMatchObject({
        role: 'auditor',
      });
      expect(await resolveAuth(t.db, { bearer: token }, now + 90 * DAY)).toBeNull();
    });

    it('takes its lifetime from the admin, and cannot open a dashboard session once expired', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const created = await admin.admin.tokens.create({
        role: 'auditor',
        name: 'Audit firm',
        expiresInDays: 7,
      });
      const [row] = (await admin.admin.tokens.list()).filter((r) => r.id === created.id);
      expect(row!.expires_at! - row!.created_at).toBe(7 * DAY);
      const later = createCaller({
        db: t.db,
        dialect: t.dialect,
        auth: null,
        now: () => Date.now() + 8 * DAY,
      });
      await expect(later.session.signIn({ token: created.token })).rejects.toThrow(
        'unknown, revoked or expired token',
      );
    });

    it('refuses a lifetime outside 1 to 3650 days', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await expect(
        admin.admin.tokens.create({ role: 'admin', name: 'x', expiresInDays: 0 }),
      ).rejects.toThrow();
      await expect(
        admin.admin.tokens.create({ role: 'admin', name: 'x', expiresInDays: 5000 }),
      ).rejects.toThrow();
    });
  });
}
