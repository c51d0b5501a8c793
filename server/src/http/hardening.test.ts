import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { fixture } from '../../testing/fixture';
import { base, capturingLogger, close, listen, send } from '../../testing/http/http-test-support';
import type { HttpOptions } from './server';

/**
 * The smaller findings (10) of the outside test, each against a real server: X-Forwarded-Proto from
 * any peer, API answers without no-store, a trickled body held open for 300 s with no connection
 * cap, a malformed session cookie as a logged 400, and `Vary: Origin` lost under tRPC's own Vary.
 * (Admin queries in GET URLs: tests/integration/dashboard-link.test.ts, with the dashboard's link.)
 */
const pullBody = JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 });

/** A raw socket to the server, and a promise of the moment it is closed (ms after `opened`). */
function rawSocket(url: string): Promise<{ socket: Socket; closed: Promise<number> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const opened = performance.now();
      const closed = new Promise<number>((r) => socket.once('close', () => r(performance.now() - opened)));
      resolve({ socket, closed });
    });
    socket.on('error', () => {}); // a reset is what some of these tests expect
    socket.once('error', reject);
  });
}
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<'open'>((r) => setTimeout(() => r('open'), ms))]);

describe.each(dialects)('HTTP hardening on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let device = '';
  let admin = '';
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    const f = fixture(t);
    device = (await f.device('hardening@example.com')).deviceToken;
    admin = await f.staffToken('admin');
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });
  async function start(extra: Partial<HttpOptions> = {}) {
    const { url, server } = await listen(base(t, extra));
    servers.push({ close: () => close(server) });
    return url;
  }

  it('believes X-Forwarded-Proto only from TRUSTED_PROXIES (it sets the Secure cookie flag)', async () => {
    const signIn = (url: string) =>
      send(url, '/trpc/session.signIn', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ token: admin }),
      });
    const untrusted = await signIn(await start({ trustedProxies: ['10.9.9.9'] }));
    expect(untrusted.status).toBe(200);
    expect(String(untrusted.headers['set-cookie'])).not.toMatch(/Secure/);
    const trusted = await signIn(await start({ trustedProxies: ['127.0.0.1'] }));
    expect(String(trusted.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('marks every /trpc and /api answer Cache-Control: no-store', async () => {
    const url = await start();
    const answers = await Promise.all([
      send(url, '/trpc/admin.settings.get', { headers: { authorization: `Bearer ${admin}` } }),
      send(url, '/trpc/sync.pull', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${device}` },
        body: pullBody,
      }),
      send(url, '/trpc/no.such.procedure'),
      send(url, '/api/nothing-here'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 404]);
    for (const a of answers) expect(a.headers['cache-control']).toBe('no-store');
  });

  it('cuts off a body that trickles in, and caps the connections one address may hold', async () => {
    const url = await start({ connections: { requestTimeoutMs: 1_500, maxConnectionsPerAddress: 3 } });
    const { socket, closed } = await rawSocket(url);
    socket.write(
      'POST /trpc/sync.push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
    );
    const drip = setInterval(() => socket.writable && socket.write('{'), 200);
    const after = await within(closed, 6_000);
    clearInterval(drip);
    expect(after).not.toBe('open');
    expect(after as number).toBeLessThan(4_000);

    const held = await Promise.all([1, 2, 3].map(() => rawSocket(url)));
    const fourth = await rawSocket(url).catch(() => null);
    if (fourth) expect(await within(fourth.closed, 2_000)).not.toBe('open');
    // The three held ones still work.
    held[0]!.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const reply = await new Promise<string>((r) =>
      held[0]!.socket.once('data', (d: Buffer) => r(d.toString())),
    );
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    for (const h of held) h.socket.destroy();
  });

  it('keeps an idle keep-alive connection past the header deadline', async () => {
    const url = await start({ connections: { headersTimeoutMs: 500, requestTimeoutMs: 800 } });
    const { socket, closed } = await rawSocket(url);
    const ask = () =>
      new Promise<string>((r) => {
        socket.once('data', (d: Buffer) => r(d.toString()));
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      });
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    expect(await within(closed, 2_000)).toBe('open');
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  });

  it('answers a malformed session cookie with 401, logged at info without a stack', async () => {
    const { logger, lines } = capturingLogger();
    const url = await start({ logger });
    const res = await send(url, '/trpc/admin.settings.get', {
      headers: { cookie: 'lantern_session=%E0%A4%A' },
    });
    expect(res.status).toBe(401);
    const exportRes = await send(url, '/api/export/inventory.csv', {
      headers: { cookie: 'lantern_session=%zz' },
    });
    expect(exportRes.status).toBe(401);
    expect(lines.filter((l) => Number(l.level) > 30)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/stack/);
  });

  it('says Vary: Origin on answers to the extension, beside tRPC’s own Vary', async () => {
    const url = await start({});
    // sync.pull is a plain device route; sync.catalog goes through tRPC's adapter, which sets its Vary.
    for (const [path, expected] of [
      ['/trpc/sync.pull', ['origin']],
      ['/trpc/sync.catalog', ['origin', 'trpc-accept', 'accept']],
    ] as const) {
      const res = await send(url, path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${device}`,
          origin: 'chrome-extension://abcdefghijklmnop',
        },
        body:
          path === '/trpc/sync.pull' ? pullBody : '{"protocolVersion":1,"sha256":"' + '0'.repeat(64) + '"}',
      });
      expect(res.headers['access-control-allow-origin']).toBe('chrome-extension://abcdefghijklmnop');
      const vary = String(res.headers.vary)
        .split(',')
        .map((v) => v.trim().toLowerCase());
      expect(vary).toEqual(expect.arrayContaining([...expected]));
    }
  });
});
