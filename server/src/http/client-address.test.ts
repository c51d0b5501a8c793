import type { IncomingMessage, Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { readSettings, SettingError } from '../env';
import { createLogger } from '../logger';
import { useTestDatabase } from '../../testing/use-database';
import { fixture } from '../../testing/fixture';
import { TrustedProxies, clientAddress, parseTrustedProxies } from './client-address';
import { createHttpServer } from './server';
import type { HttpOptions } from './server';

const fakeRequest = (remoteAddress: string, xff?: string | string[]) =>
  ({
    socket: { remoteAddress },
    headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  const proxies = new TrustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);

  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(fakeRequest('203.0.113.9', '198.51.100.1'), null)).toBe('203.0.113.9');
    expect(clientAddress(fakeRequest('127.0.0.1', '198.51.100.1'), new TrustedProxies([]))).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(fakeRequest('203.0.113.9', '198.51.100.1'), proxies)).toBe('203.0.113.9');
    expect(clientAddress(fakeRequest('::ffff:203.0.113.9', '198.51.100.1'), proxies)).toBe('203.0.113.9');
  });

  it('takes the address a trusted proxy appended', () => {
    expect(clientAddress(fakeRequest('127.0.0.1', '198.51.100.1'), proxies)).toBe('198.51.100.1');
    expect(clientAddress(fakeRequest('::ffff:127.0.0.1', '198.51.100.1'), proxies)).toBe('198.51.100.1');
    expect(clientAddress(fakeRequest('fd00::1', '2001:db8::7'), proxies)).toBe('2001:db8::7');
  });

  it('walks back over further trusted proxies, and no further', () => {
    // The client wrote "1.1.1.1"; the edge proxy appended the real client, an inner proxy its own.
    const xff = '1.1.1.1, 198.51.100.1, 10.1.2.3';
    expect(clientAddress(fakeRequest('127.0.0.1', xff), proxies)).toBe('198.51.100.1');
    expect(clientAddress(fakeRequest('127.0.0.1', ['1.1.1.1', '198.51.100.1, 10.1.2.3']), proxies)).toBe(
      '198.51.100.1',
    );
  });

  it('stops at a malformed entry, and reads ports off', () => {
    expect(clientAddress(fakeRequest('127.0.0.1', 'garbage, 10.9.9.9'), proxies)).toBe('10.9.9.9');
    expect(clientAddress(fakeRequest('127.0.0.1', 'garbage'), proxies)).toBe('127.0.0.1');
    expect(clientAddress(fakeRequest('127.0.0.1', '198.51.100.1:4711'), proxies)).toBe('198.51.100.1');
    expect(clientAddress(fakeRequest('127.0.0.1', '[2001:db8::7]:4711'), proxies)).toBe('2001:db8::7');
    expect(clientAddress(fakeRequest('127.0.0.1', ''), proxies)).toBe('127.0.0.1');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('parses addresses and ranges, comma or space separated', () => {
    expect(parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(parseTrustedProxies('')).toEqual([]);
    expect(readSettings({}).trustedProxies).toEqual([]);
    expect(readSettings({ TRUSTED_PROXIES: '127.0.0.1,::1' }).trustedProxies).toEqual(['127.0.0.1', '::1']);
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.1/x', '::1/129', '1.2.3.4/8/8'])(
    'stops the server on %s, naming the setting',
    (value) => {
      expect(() => readSettings({ TRUSTED_PROXIES: value })).toThrow(SettingError);
      expect(() => readSettings({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/);
    },
  );
});

/** Enrolment attempts over HTTP with a given X-Forwarded-For; returns the statuses. */
async function enrolStatuses(url: string, token: string, forwardedFor: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const xff of forwardedFor) {
    const body = JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      enrollmentToken: token,
      userEmail: null,
      browser: 'chrome',
      browserVersion: '142',
      extensionVersion: '0.1.0',
    });
    const u = new URL(url);
    statuses.push(
      await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: u.hostname,
            port: u.port,
            path: '/trpc/device.enroll',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': String(Buffer.byteLength(body)),
              'x-forwarded-for': xff,
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    );
  }
  return statuses;
}

/** Well-formed, but no such enrolment token exists. */
const UNKNOWN = 'x'.repeat(43);

describe('enrolment rate limit over HTTP', () => {
  const t = useTestDatabase('sqlite', { reset: false });
  const servers: Server[] = [];
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  async function listen(extra: Partial<HttpOptions>): Promise<string> {
    const server = createHttpServer({
      handle: t,
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 2, refillPerSecond: 0.001 },
      maxBodyBytes: 64 * 1024,
      dashboardDir: '/nonexistent',
      // Out of the way unless a test sets it.
      enrolmentRateLimit: { capacity: 0, refillPerSecond: 0.001 },
      ...extra,
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('ignores a spoofed X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const url = await listen({});
    const statuses = await enrolStatuses(url, UNKNOWN, ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4']);
    expect(statuses).toEqual([401, 401, 429, 429]);
  });

  it('ignores it too when the trusted proxies are others', async () => {
    const url = await listen({ trustedProxies: ['10.0.0.0/8'] });
    const statuses = await enrolStatuses(url, UNKNOWN, ['1.1.1.1', '2.2.2.2', '3.3.3.3']);
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('limits each client behind a trusted proxy on its own', async () => {
    const url = await listen({ trustedProxies: ['127.0.0.1'] });
    const statuses = await enrolStatuses(url, UNKNOWN, [
      '1.1.1.1',
      '2.2.2.2',
      '3.3.3.3',
      '1.1.1.1',
      '9.9.9.9, 1.1.1.1', // the client's own "9.9.9.9" is not believed: still 1.1.1.1
      '2.2.2.2',
    ]);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 401]);
  });

  it('lets a usable enrolment token carry a rollout past one address limit, an unknown one not', async () => {
    const url = await listen({ enrolmentRateLimit: { capacity: 3, refillPerSecond: 0.001 } });
    const token = await fixture(t).enrolmentToken();
    const sameAddress = Array.from({ length: 6 }, () => '');
    expect(await enrolStatuses(url, token, sameAddress)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await enrolStatuses(url, UNKNOWN, ['', ''])).toEqual([429, 429]);
    // Each usable token has its own allowance; a used-up token no longer gets one.
    const once = await fixture(t).enrolmentToken({ maxUses: 1 });
    expect(await enrolStatuses(url, once, ['', ''])).toEqual([200, 429]);
  });
});
