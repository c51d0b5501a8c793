import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import { createApiToken, createEnrolmentToken, createLogger, startServer } from '@lantern/server';
import type { RunningServer } from '@lantern/server';

describe('server security over HTTP', () => {
  const logs: string[] = [];
  const secrets: string[] = [];
  let server: RunningServer;
  let adminToken = '';

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const logger = createLogger({
      level: 'trace',
      destination: { write: (line: string) => void logs.push(line) },
    });
    server = await startServer({ databaseUrl: 'sqlite::memory:', logger });
    adminToken = (await createApiToken(server.db, 'admin', 'security test')).token;
    secrets.push(adminToken);
  });
  afterAll(async () => server.close());

  it('signs the dashboard in with an httpOnly, SameSite=Strict cookie and demands the CSRF header for changes', async () => {
    const signIn = await post('session.signIn', { token: adminToken });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^lantern_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on loopback; Secure is added over https
    const cookie = setCookie.split(';')[0]!;
    const { csrfToken } = ((await signIn.json()) as { result: { data: { csrfToken: string } } }).result.data;
    secrets.push(cookie.split('=')[1]!, csrfToken);
    const origin = server.url;
    const change = { privacyMode: 'pseudonymous' };

    const read = await fetch(`${server.url}/trpc/admin.settings.get`, { headers: { cookie } });
    expect(read.status).toBe(200);
    expect((await post('admin.settings.update', change, { cookie, origin })).status).toBe(403);
    expect(
      (
        await post('admin.settings.update', change, {
          cookie,
          origin: 'https://evil.example',
          'x-lantern-csrf': csrfToken,
        })
      ).status,
    ).toBe(403);
    expect(
      (await post('admin.settings.update', change, { cookie, origin, 'x-lantern-csrf': 'x'.repeat(43) }))
        .status,
    ).toBe(403);
    expect(
      (await post('admin.settings.update', change, { cookie, origin, 'x-lantern-csrf': csrfToken })).status,
    ).toBe(200);

    const out = await post('session.signOut', {}, { cookie, origin, 'x-lantern-csrf': csrfToken });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${server.url}/trpc/admin.settings.get`, { headers: { cookie } })).status).toBe(401);
  });

  it('revokes a device at once: its next call gets 401', async () => {
    const enrollmentToken = (await createEnrolmentToken(server.db, { name: 'sec' })).token;
    secrets.push(enrollmentToken);
    const enrolled = await post('device.enroll', {
      protocolVersion: PROTOCOL_VERSION,
      enrollmentToken,
      userEmail: null,
      browser: 'firefox',
      browserVersion: '140',
      extensionVersion: '0.1.0',
    });
    const { deviceId, deviceToken } = (
      (await enrolled.json()) as { result: { data: { deviceId: string; deviceToken: string } } }
    ).result.data;
    secrets.push(deviceToken);
    const at = Date.now();
    const event = {
      id: uuidv7(at),
      at,
      kind: 'usage',
      toolId: 'claude',
      signal: 'visit',
      day: '2026-11-23',
      visits: 1,
      activeSeconds: 5,
    };
    const auth = { authorization: `Bearer ${deviceToken}` };
    expect(
      (await post('sync.push', { protocolVersion: PROTOCOL_VERSION, events: [event] }, auth)).status,
    ).toBe(200);
    const revoke = await post(
      'admin.devices.revoke',
      { id: deviceId },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(revoke.status).toBe(200);
    expect(
      (await post('sync.push', { protocolVersion: PROTOCOL_VERSION, events: [event] }, auth)).status,
    ).toBe(401);
  });

  it('serves the dashboard with a Content-Security-Policy that forbids inline script and framing', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    await res.arrayBuffer();
  });

  it('never writes a token, cookie or CSRF secret to the logs', () => {
    expect(logs.length).toBeGreaterThan(5);
    const all = logs.join('\n');
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/authorization|cookie/i);
  });
});
