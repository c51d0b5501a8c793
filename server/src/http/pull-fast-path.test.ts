import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { createDatabase } from '../db/connect';
import { bumpConfigVersion, getConfigVersion } from '../db/repositories/config.repository';
import { revokeDevice } from '../db/repositories/devices.repository';
import { dialects, openTestDatabase } from '../test-support/databases';
import { fixture } from '../test-support/fixture';
import type { TestDatabase } from '../test-support/databases';
import { base, capturingLogger, close, comparable, isFast, listen, send, setups } from './http-test-support';
import { unchangedPullBody, unchangedPullVersion } from './pull-fast-path';

describe('unchangedPullVersion', () => {
  it('accepts exactly the extension pull input', () => {
    expect(unchangedPullVersion('{"protocolVersion":1,"configVersion":7}')).toBe(7);
    expect(unchangedPullVersion(' {"configVersion":0, "protocolVersion":1}\n')).toBe(0);
  });
  it.each([
    ['', 'empty'],
    ['nul', 'not JSON'],
    ['[1,7]', 'array'],
    ['{"protocolVersion":2,"configVersion":7}', 'other protocol'],
    ['{"protocolVersion":"1","configVersion":7}', 'string protocol'],
    ['{"protocolVersion":1,"configVersion":"7"}', 'string version'],
    ['{"protocolVersion":1,"configVersion":-1}', 'negative'],
    ['{"protocolVersion":1,"configVersion":1.5}', 'fraction'],
    ['{"protocolVersion":1,"configVersion":1e300}', 'beyond safe integers'],
    ['{"protocolVersion":1}', 'missing version'],
    ['{"protocolVersion":1,"configVersion":7,"x":1}', 'extra key'],
    ['{"protocolVersion":1,"configVersion":7,"__proto__":{}}', '__proto__ key'],
    ['{"protocolVersion":1,"__proto__":{"configVersion":7}}', 'inherited version'],
  ])('refuses %s (%s)', (text) => {
    expect(unchangedPullVersion(text)).toBeNull();
  });
});

for (const setup of setups) {
  describe(`${setup.name}: sync.pull fast path`, () => {
    let t: TestDatabase;
    let fast: { url: string; server: Server };
    let slow: { url: string; server: Server };
    let token = '';
    let deviceId = '';
    let staff = '';
    let version = 0;
    const captured = capturingLogger();

    beforeAll(async () => {
      t = await setup.open();
      const f = fixture(t);
      const d = await f.device();
      token = d.deviceToken;
      deviceId = d.deviceId;
      staff = await f.staffToken('auditor');
      version = await getConfigVersion(t.db);
      fast = await listen(base(t, { logger: captured.logger }));
      slow = await listen(base(t, { fastPaths: false }));
    });
    afterAll(async () => {
      await close(fast.server);
      await close(slow.server);
      await t.close();
    });

    const pullBody = (v: number) => JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion: v });
    const post = (body: string | Buffer, headers: Record<string, string> = {}) => ({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    });

    async function both(path: string, opts: Parameters<typeof send>[2] = {}) {
      const [a, b] = [await send(fast.url, path, opts), await send(slow.url, path, opts)];
      expect(comparable(a)).toEqual(comparable(b));
      return a;
    }

    it('answers the extension pull itself, with exactly what tRPC sends', async () => {
      const a = await both('/trpc/sync.pull', post(pullBody(version)));
      expect(a.status).toBe(200);
      expect(a.body).toBe(unchangedPullBody(version));
      expect(JSON.parse(a.body)).toEqual({
        result: { data: { protocolVersion: PROTOCOL_VERSION, unchanged: true, configVersion: version } },
      });
      expect(isFast(a)).toBe(true);
      const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
      const cors = await both('/trpc/sync.pull', post(pullBody(version), { origin }));
      expect(cors.headers['access-control-allow-origin']).toBe(origin);
      expect(isFast(cors)).toBe(true);
    });

    it('answers the GET form too', async () => {
      const q = `/trpc/sync.pull?input=${encodeURIComponent(pullBody(version))}`;
      const a = await both(q, { headers: { authorization: `Bearer ${token}` } });
      expect(a.body).toBe(unchangedPullBody(version));
      expect(isFast(a)).toBe(true);
    });

    it('logs the request like any other', async () => {
      const before = captured.lines.length;
      await send(fast.url, '/trpc/sync.pull', post(pullBody(version)));
      await new Promise((r) => setTimeout(r, 20));
      const line = captured.lines.slice(before).find((l) => l.msg === 'request');
      expect(line).toMatchObject({ method: 'POST', path: '/trpc/sync.pull', status: 200 });
      expect(JSON.stringify(captured.lines)).not.toContain(token);
    });

    // Every variant is sent to both servers and must get the same answer; `fast` says whether the
    // fast path may answer it itself (the rest must reach tRPC).
    it.each<[string, boolean, () => [string, Parameters<typeof send>[2]]]>([
      ['an older config version', false, () => ['/trpc/sync.pull', post(pullBody(0))]],
      [
        'another protocol version',
        false,
        () => ['/trpc/sync.pull', post('{"protocolVersion":2,"configVersion":1}')],
      ],
      [
        'an extra key',
        false,
        () => ['/trpc/sync.pull', post(`{"protocolVersion":1,"configVersion":${version},"x":1}`)],
      ],
      [
        'a string version',
        false,
        () => ['/trpc/sync.pull', post(`{"protocolVersion":1,"configVersion":"${version}"}`)],
      ],
      ['malformed JSON', false, () => ['/trpc/sync.pull', post('{"protocolVersion":1,')]],
      ['an empty body', false, () => ['/trpc/sync.pull', post('')]],
      ['invalid UTF-8', false, () => ['/trpc/sync.pull', post(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))]],
      ['no content type', false, () => ['/trpc/sync.pull', post(pullBody(version), { 'content-type': '' })]],
      [
        'text/plain',
        false,
        () => ['/trpc/sync.pull', post(pullBody(version), { 'content-type': 'text/plain' })],
      ],
      [
        // Device procedures are never batched: refused (400, with a length) before either path.
        'a batch call',
        true,
        () => ['/trpc/sync.pull?batch=1', post(JSON.stringify({ 0: JSON.parse(pullBody(version)) }))],
      ],
      ['a POST with a query', false, () => ['/trpc/sync.pull?input=x', post(pullBody(version))]],
      [
        'a chunked body',
        false,
        () => ['/trpc/sync.pull', post(pullBody(version), { 'transfer-encoding': 'chunked' })],
      ],
      [
        'an unknown token',
        false,
        () => ['/trpc/sync.pull', post(pullBody(version), { authorization: 'Bearer nope' })],
      ],
      [
        'a staff token',
        false,
        () => ['/trpc/sync.pull', post(pullBody(version), { authorization: `Bearer ${staff}` })],
      ],
      [
        'no credential',
        false,
        () => [
          '/trpc/sync.pull',
          { method: 'POST', body: pullBody(version), headers: { 'content-type': 'application/json' } },
        ],
      ],
      [
        'GET with another parameter',
        false,
        () => [
          `/trpc/sync.pull?input=${encodeURIComponent(pullBody(version))}&x=1`,
          { headers: { authorization: `Bearer ${token}` } },
        ],
      ],
      [
        'GET without input',
        false,
        () => ['/trpc/sync.pull', { headers: { authorization: `Bearer ${token}` } }],
      ],
      [
        'HEAD',
        false,
        () => [
          `/trpc/sync.pull?input=${encodeURIComponent(pullBody(version))}`,
          { method: 'HEAD', headers: { authorization: `Bearer ${token}` } },
        ],
      ],
      ['PUT', false, () => ['/trpc/sync.pull', { ...post(pullBody(version)), method: 'PUT' }]],
      ['a body with a BOM', true, () => ['/trpc/sync.pull', post(`\uFEFF${pullBody(version)}`)]],
      [
        'JSON with a charset',
        true,
        () => [
          '/trpc/sync.pull',
          post(pullBody(version), { 'content-type': 'Application/JSON; charset=utf-8' }),
        ],
      ],
      [
        'keys in another order, with spaces',
        true,
        () => ['/trpc/sync.pull', post(` { "configVersion": ${version}, "protocolVersion": 1 } `)],
      ],
    ])('%s: the same answer as tRPC (fast: %s)', async (_name, fast, make) => {
      const [path, opts] = make();
      const a = await both(path, opts);
      expect(isFast(a)).toBe(fast);
    });

    it('sends a changed config through tRPC', async () => {
      await bumpConfigVersion(t.db);
      const old = version;
      version = await getConfigVersion(t.db);
      const a = await both('/trpc/sync.pull', post(pullBody(old)));
      expect(a.status).toBe(200);
      expect(JSON.parse(a.body)).toMatchObject({
        result: { data: { unchanged: false, configVersion: version } },
      });
      expect(isFast(a)).toBe(false);
      expect(isFast(await send(fast.url, '/trpc/sync.pull', post(pullBody(version))))).toBe(true);
    });

    it('refuses a revoked device on its very next pull, as tRPC does', async () => {
      expect((await send(fast.url, '/trpc/sync.pull', post(pullBody(version)))).status).toBe(200);
      await revokeDevice(t.db, deviceId, Date.now());
      const a = await both('/trpc/sync.pull', post(pullBody(version)));
      expect(a.status).toBe(401);
      expect(JSON.parse(a.body)).toMatchObject({ error: { data: { code: 'UNAUTHORIZED' } } });
    });
  });
}

describe('sync.pull fast path: rate limit', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  });
  afterAll(async () => t.close());

  it('counts fast pulls against the device limit', async () => {
    const d = await fixture(t).device();
    const version = await getConfigVersion(t.db);
    const s = await listen(base(t, { rateLimit: { capacity: 3, refillPerSecond: 0.001 } }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await send(s.url, '/trpc/sync.pull', {
          method: 'POST',
          body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion: version }),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${d.deviceToken}` },
        });
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
  'sync.pull fast path: two processes on one PostgreSQL',
  () => {
    it('sees a revocation made through the other process at once', async () => {
      const t = await openTestDatabase('postgres');
      const other = createDatabase(t.url, { schema: t.schema!, poolSize: 2 });
      const a = await listen(base(t));
      const b = await listen(base(other));
      try {
        const d = await fixture(t).device();
        const version = await getConfigVersion(t.db);
        const pull = (url: string) =>
          send(url, '/trpc/sync.pull', {
            method: 'POST',
            body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion: version }),
            headers: { 'content-type': 'application/json', authorization: `Bearer ${d.deviceToken}` },
          });
        expect((await pull(a.url)).status).toBe(200);
        expect((await pull(b.url)).status).toBe(200);
        await revokeDevice(other.db, d.deviceId, Date.now());
        expect((await pull(a.url)).status).toBe(401);
        expect((await pull(b.url)).status).toBe(401);
      } finally {
        await close(a.server);
        await close(b.server);
        await other.close();
        await t.close();
      }
    });
  },
);
