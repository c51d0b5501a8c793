import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { createLogger, startServer, type RunningServer } from '@lantern/server';
import { fixture, dialects } from '@lantern/server/testing';
import { useTestDatabase } from '@lantern/server/testing/use-database';
import { bearer } from './lib/attack-client';

/**
 * Finding 3 of the outside test: tRPC batches were unbounded and cost one rate-limit token per HTTP
 * request, so one device request of `sync.pull` ×150 took 52 s and 3.3 GB before failing. Now device
 * procedures refuse batches (even a batch of one, even with the comma percent-encoded), staff batches
 * stop at 10 calls, and every call costs a token.
 */
const pull = { protocolVersion: PROTOCOL_VERSION, configVersion: 0 };
const batchBody = (n: number, input: unknown) =>
  JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), input])));

describe.each(dialects)('tRPC batches on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let server: RunningServer;
  let device = '';
  let admin = '';

  beforeAll(async () => {
    const f = fixture(t);
    device = (await f.device('batcher@example.com')).deviceToken;
    admin = await f.staffToken('admin');
    // 25 calls in the burst and (for the length of this test) nothing more.
    server = await startServer({
      database: t,
      port: 0,
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 25, refillPerSecond: 0.001 },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (path: string, body: string, token: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body,
    });

  it('refuses a device batch of 150 pulls at once, and any batch of a device procedure', async () => {
    const names = Array.from({ length: 150 }, () => 'sync.pull').join(',');
    const started = performance.now();
    const big = await post(`/trpc/${names}?batch=1`, batchBody(150, pull), device);
    expect(big.status).toBe(400);
    expect(await big.text()).toMatch(/cannot be batched/);
    expect(performance.now() - started).toBeLessThan(2_000);

    const one = await post('/trpc/sync.pull?batch=1', batchBody(1, pull), device);
    expect(one.status).toBe(400);
    const encoded = await post('/trpc/sync.pull%2Csync.pull?batch=1', batchBody(2, pull), device);
    expect(encoded.status).toBe(400);
    const mixed = await post('/trpc/admin.settings.get,sync.push?batch=1', batchBody(2, {}), admin);
    expect(mixed.status).toBe(400);
    const get = await fetch(
      `${server.url}/trpc/sync.pull?batch=1&input=${encodeURIComponent(batchBody(1, pull))}`,
      { headers: bearer(device) },
    );
    expect(get.status).toBe(400);
  });

  it('caps a staff batch at 10 calls and charges each call a token', async () => {
    // The admin has spent 1 token so far (the mixed batch above, refused).
    const calls = (n: number) => Array.from({ length: n }, () => 'admin.settings.get').join(',');
    const eleven = await post(`/trpc/${calls(11)}?batch=1`, batchBody(11, null), admin);
    expect(eleven.status).toBe(400);
    expect(await eleven.text()).toMatch(/at most 10 calls/);
    // 25 - 2 (two refused requests, 1 each) = 23 left: two batches of 10 pass, the third needs 10 and finds 3.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.url}/trpc/${calls(10)}?batch=1&input=${encodeURIComponent('{}')}`, {
        headers: bearer(admin),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
