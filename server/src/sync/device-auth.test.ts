import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { createDatabase } from '../db/connect';
import { getConfigVersion } from '../db/repositories/config.repository';
import { revokeDevice } from '../db/repositories/devices.repository';
import { dialects, openTestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { fixture } from '../../testing/fixture';
import { base, close, listen, send } from '../../testing/http/http-test-support';

const pull = (url: string, token: string, configVersion: number) =>
  send(url, '/trpc/sync.pull', {
    method: 'POST',
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });

describe('device calls: the rate limit', () => {
  const t = useTestDatabase('sqlite', { reset: false });

  it('counts every pull against the device’s own limit, and says when to retry', async () => {
    const d = await fixture(t).device();
    const version = await getConfigVersion(t.db);
    const s = await listen(base(t, { rateLimit: { capacity: 3, refillPerSecond: 0.001 } }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await pull(s.url, d.deviceToken, version);
        statuses.push(r.status);
        if (r.status === 429) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await close(s.server);
    }
  });
});

describe.skipIf(!dialects.includes('postgres'))(
  'device calls: two server processes on one PostgreSQL',
  () => {
    it('refuses a device revoked through the other process on its very next call', async () => {
      const t = await openTestDatabase('postgres');
      const other = createDatabase(t.url, { schema: t.schema!, poolSize: 2 });
      const a = await listen(base(t));
      const b = await listen(base(other));
      try {
        const d = await fixture(t).device();
        const version = await getConfigVersion(t.db);
        expect((await pull(a.url, d.deviceToken, version)).status).toBe(200);
        expect((await pull(b.url, d.deviceToken, version)).status).toBe(200);
        await revokeDevice(other.db, d.deviceId, Date.now());
        expect((await pull(a.url, d.deviceToken, version)).status).toBe(401);
        expect((await pull(b.url, d.deviceToken, version)).status).toBe(401);
      } finally {
        await close(a.server);
        await close(b.server);
        await other.close();
        await t.close();
      }
    });
  },
);
