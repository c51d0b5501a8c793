import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../db/repositories/audit.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { verifyAllCached } from './verify-cache';

/** Issue 23 finding 11: admin.audit.verify must stay cheap when called 10,000 times. */
for (const dialect of dialects) {
  describe(`${dialect}: admin.audit.verify's cache`, () => {
    const t = useTestDatabase(dialect, { reset: false });
    beforeAll(async () => {
      for (let i = 0; i < 300; i++)
        await t.db
          .transaction()
          .execute((trx) => appendAudit(trx, { actor: 'a', action: 'x', target: `t${i}`, details: {} }));
    });

    it('answers 10,000 calls from one walk while the heads are unchanged, and sees an append at once', async () => {
      const now = Date.now();
      const started = performance.now();
      for (let i = 0; i < 10_000; i++) await verifyAllCached(t.db, now);
      // One indexed read of the two heads per call (a PostgreSQL round trip), never a walk.
      expect(performance.now() - started).toBeLessThan(60_000);
      await t.db
        .transaction()
        .execute((trx) => appendAudit(trx, { actor: 'a', action: 'x', target: 'new', details: {} }));
      expect((await verifyAllCached(t.db, now))[1]).toMatchObject({ ok: true, records: 301 });
    }, 120_000);

    it('sees an edit that left the heads alone within a minute', async () => {
      const now = Date.now();
      expect((await verifyAllCached(t.db, now))[1]?.ok).toBe(true);
      await t.db.updateTable('audit_log').set({ target: 'edited' }).where('seq', '=', 5).execute();
      expect((await verifyAllCached(t.db, now + 1_000))[1]?.ok).toBe(true); // the cached walk
      expect((await verifyAllCached(t.db, now + 61_000))[1]).toMatchObject({
        ok: false,
        firstBroken: { seq: 5 },
      });
    });
  });
}
