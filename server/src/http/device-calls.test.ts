import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { revokeDevice } from '../db/repositories/devices.repository';
import { ENROLL, registration, usage } from '../test-support/events';
import { fixture } from '../test-support/fixture';
import type { TestDatabase } from '../test-support/databases';
import { base, capturingLogger, close, comparable, isFast, listen, send, setups } from './http-test-support';
import type { Raw } from './http-test-support';

for (const setup of setups) {
  describe(`${setup.name}: sync.push and device.enroll without the Fetch adapter`, () => {
    let t: TestDatabase;
    let fast: { url: string; server: Server };
    let slow: { url: string; server: Server };
    let f: ReturnType<typeof fixture>;
    /** One device per server, so the same events (same ids) can be pushed through each. */
    let devices: { fast: { token: string; id: string }; slow: { token: string; id: string } };
    let staff = '';
    const captured = capturingLogger();

    beforeAll(async () => {
      t = await setup.open();
      f = fixture(t);
      const a = await f.device('fast@example.com');
      const b = await f.device('slow@example.com');
      devices = {
        fast: { token: a.deviceToken, id: a.deviceId },
        slow: { token: b.deviceToken, id: b.deviceId },
      };
      staff = await f.staffToken('admin');
      fast = await listen(base(t, { logger: captured.logger }));
      slow = await listen(base(t, { fastPaths: false }));
    });
    afterAll(async () => {
      await close(fast.server);
      await close(slow.server);
      await t.close();
    });

    const post = (
      path: string,
      body: unknown,
      token: string | null,
      headers: Record<string, string> = {},
    ) => ({
      path,
      opts: {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
    });

    /** The same push from each server's own device; the answers must be identical. */
    async function pushBoth(
      body: unknown,
      tokens: { fast: string; slow: string } = { fast: devices.fast.token, slow: devices.slow.token },
      headers: Record<string, string> = {},
    ): Promise<Raw> {
      const a = post('/trpc/sync.push', body, tokens.fast, headers);
      const b = post('/trpc/sync.push', body, tokens.slow, headers);
      const [x, y] = [await send(fast.url, a.path, a.opts), await send(slow.url, b.path, b.opts)];
      expect(comparable(x)).toEqual(comparable(y));
      return x;
    }

    it('stores a push and answers exactly as tRPC does; a repeat reports duplicates', async () => {
      const batch = { protocolVersion: PROTOCOL_VERSION, events: [usage({ visits: 4 }), registration()] };
      const first = await pushBoth(batch);
      expect(first.status).toBe(200);
      expect(isFast(first)).toBe(true);
      expect(JSON.parse(first.body)).toMatchObject({
        result: { data: { stored: batch.events.map((e) => e.id), duplicates: 0 } },
      });
      const again = await pushBoth(batch);
      // Duplicates count as stored too: the client may delete them.
      expect(JSON.parse(again.body)).toMatchObject({
        result: { data: { stored: batch.events.map((e) => e.id), duplicates: 2 } },
      });
      const rows = await t.db
        .selectFrom('usage_days')
        .select(['device_id', 'visits'])
        .where('device_id', 'in', [devices.fast.id, devices.slow.id])
        .execute();
      expect(rows.map((r) => Number(r.visits)).sort()).toEqual([4, 4]);
    });

    it.each<[string, () => { body: unknown; headers?: Record<string, string>; fast: boolean }]>([
      [
        'an event with a field it must not have',
        () => ({
          body: { protocolVersion: PROTOCOL_VERSION, events: [usage(), { ...usage(), prompt: 'secret' }] },
          fast: true,
        }),
      ],
      ['another protocol version', () => ({ body: { protocolVersion: 2, events: [] }, fast: true })],
      ['no events field', () => ({ body: { protocolVersion: PROTOCOL_VERSION }, fast: true })],
      ['a JSON array', () => ({ body: [1, 2], fast: true })],
      ['null', () => ({ body: 'null', fast: true })],
      ['malformed JSON', () => ({ body: '{"protocolVersion":', fast: false })],
      ['an empty body', () => ({ body: '', fast: false })],
      [
        'a text/plain body',
        () => ({
          body: { protocolVersion: PROTOCOL_VERSION, events: [] },
          headers: { 'content-type': 'text/plain' },
          fast: false,
        }),
      ],
      [
        'a trpc-accept header',
        () => ({
          body: { protocolVersion: PROTOCOL_VERSION, events: [] },
          headers: { 'trpc-accept': 'application/jsonl' },
          fast: false,
        }),
      ],
    ])('refuses %s as tRPC does', async (_name, make) => {
      const { body, headers, fast: expectFast } = make();
      const res = await pushBoth(body, undefined, headers);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(isFast(res)).toBe(expectFast);
    });

    it('names the refused event in error.data as tRPC does', async () => {
      const res = await pushBoth({
        protocolVersion: PROTOCOL_VERSION,
        events: [usage(), { ...usage(), url: 'https://x' }],
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({
        error: { data: { code: 'BAD_REQUEST', eventIndexes: [1] } },
      });
    });

    it('refuses unknown, staff and missing credentials as tRPC does, and logs the refusal', async () => {
      const body = { protocolVersion: PROTOCOL_VERSION, events: [usage()] };
      const before = captured.lines.length;
      for (const token of ['x'.repeat(43), staff]) {
        const res = await pushBoth(body, { fast: token, slow: token });
        expect(res.status).toBe(401);
      }
      const a = post('/trpc/sync.push', body, null);
      const [x, y] = [await send(fast.url, a.path, a.opts), await send(slow.url, a.path, a.opts)];
      expect(comparable(x)).toEqual(comparable(y));
      expect(x.status).toBe(401);
      await new Promise((r) => setTimeout(r, 20));
      const refused = captured.lines.slice(before).filter((l) => l.msg === 'procedure refused');
      expect(refused).toHaveLength(3);
      expect(refused[0]).toMatchObject({ path: 'sync.push', code: 'UNAUTHORIZED' });
    });

    it('enrols as tRPC does, and refuses a bad enrolment token the same way', async () => {
      const token = await f.enrollmentToken();
      const ok = (url: string) => {
        const r = post('/trpc/device.enroll', { ...ENROLL, enrollmentToken: token, userEmail: null }, null);
        return send(url, r.path, r.opts);
      };
      const [x, y] = [await ok(fast.url), await ok(slow.url)];
      expect([x.status, y.status]).toEqual([200, 200]);
      expect(isFast(x)).toBe(true);
      const shape = (r: Raw) =>
        r.body
          .replace(/"deviceId":"[^"]+"/, '"deviceId":"ID"')
          .replace(/"deviceToken":"[^"]+"/, '"deviceToken":"T"');
      expect(shape(x)).toEqual(shape(y));
      expect(Object.keys((JSON.parse(x.body) as { result: { data: object } }).result.data)).toEqual([
        'protocolVersion',
        'deviceId',
        'deviceToken',
      ]);
      for (const body of [
        { ...ENROLL, enrollmentToken: 'y'.repeat(43) },
        { ...ENROLL, enrollmentToken: token, browser: 'netscape' },
      ]) {
        const r = post('/trpc/device.enroll', body, null);
        const [a, b] = [await send(fast.url, r.path, r.opts), await send(slow.url, r.path, r.opts)];
        expect(comparable(a)).toEqual(comparable(b));
        expect(a.status).toBeGreaterThanOrEqual(400);
      }
    });

    it('refuses a revoked device on its very next push, as tRPC does', async () => {
      const body = { protocolVersion: PROTOCOL_VERSION, events: [usage()] };
      await revokeDevice(t.db, devices.fast.id, Date.now());
      await revokeDevice(t.db, devices.slow.id, Date.now());
      const res = await pushBoth(body);
      expect(res.status).toBe(401);
    });
  });
}
