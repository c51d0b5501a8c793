import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner, type Principal } from '../context';
import { appendAudit } from '../db/repositories/audit.repository';
import { bumpConfigVersion, setSettings } from '../db/repositories/config.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { createCallerFactory } from '../trpc';
import { dashboardRouter } from './dashboard';

const auditor: Principal = {
  kind: 'staff',
  role: 'auditor',
  tokenId: 't1',
  name: 'Auditor',
  via: 'bearer',
  csrfOk: true,
  sessionId: null,
};

describe.each(dialects)('dashboard.syncStatus on %s', (dialect) => {
  const handle = useTestDatabase(dialect);
  const caller = (auth: Principal | null) =>
    createCallerFactory(dashboardRouter)(
      createContextInner({ db: handle.db, dialect: handle.dialect, auth }),
    );

  it('has no change to wait for on a fresh server', async () => {
    const status = await caller(auditor).syncStatus();
    expect(status).toMatchObject({ pullIntervalSeconds: 300, lastChangeAt: null, everyBrowserBy: null });
  });

  it('dates the last change devices must pull, ignoring admin-only changes, and adds one pull interval', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await appendAudit(
        trx,
        { actor: 'a', action: 'decision.set', target: 'chatgpt', details: {} },
        1_800_000_000_000,
      );
      await bumpConfigVersion(trx);
      await appendAudit(
        trx,
        { actor: 'a', action: 'token.create', target: 'x', details: {} },
        1_800_000_500_000,
      );
      await setSettings(trx, { pullIntervalSeconds: 120 });
    });
    const status = await caller(auditor).syncStatus();
    expect(status.lastChangeAt).toBe(1_800_000_000_000);
    expect(status.everyBrowserBy).toBe(1_800_000_120_000);
    expect(status.configVersion).toBeGreaterThan(0);
  });

  it('is for staff only', async () => {
    await expect(caller(null).syncStatus()).rejects.toThrow(TRPCError);
    await expect(caller({ kind: 'device', deviceId: 'd', userId: 'u' }).syncStatus()).rejects.toThrow(
      /admin or auditor/,
    );
  });
});
