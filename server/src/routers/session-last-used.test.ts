import { describe, expect, it } from 'vitest';
import { createApiToken, listApiTokens } from '../db/repositories/tokens.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { fixture } from '../../testing/fixture';

// Settings shows when each staff token was last used: a dashboard sign-in and a bearer call count.
for (const dialect of dialects) {
  describe(`${dialect}: a staff token's "last used"`, () => {
    const t = useTestDatabase(dialect, { reset: false });

    const lastUsed = async (id: string) => (await listApiTokens(t.db)).find((r) => r.id === id)?.last_used_at;

    it('is set by a dashboard sign-in', async () => {
      const { id, token } = await createApiToken(t.db, 'admin', 'bootstrap admin');
      expect(await lastUsed(id)).toBeNull();
      const before = Date.now();
      await fixture(t).anonymous.session.signIn({ token });
      expect(Number(await lastUsed(id))).toBeGreaterThanOrEqual(before);
    });

    it('is set by a bearer call, and not by a refused sign-in', async () => {
      const { id, token } = await createApiToken(t.db, 'auditor', 'script');
      await expect(fixture(t).anonymous.session.signIn({ token: `${token}x` })).rejects.toThrow(
        /UNAUTHORIZED|unknown/,
      );
      expect(await lastUsed(id)).toBeNull();
      await (await fixture(t).callerFor(token)).admin.settings.get();
      expect(await lastUsed(id)).not.toBeNull();
    });
  });
}
