import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import { bearer, enrolOverHttp, trpc } from './lib/attack-client';
import { FaultCluster } from './lib/fault-cluster';
import { startServerProcess } from './lib/server-process';

/**
 * Secrets: every token is 256 random bits, only its SHA-256 is stored, none ever reaches the logs
 * (the server runs as its own process at debug level and everything it writes is scanned), and a
 * revoked credential fails on its very next use. Also the dashboard's session: cookie flags, CSRF,
 * no token in URLs, and the CSP.
 */
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('tokens and sessions', () => {
  const cluster = new FaultCluster();
  let logs = '';
  const secrets = new Map<string, string>();
  let base = '';

  beforeAll(async () => {
    // The cluster's file and tokens, but our own process at debug level with its logs captured. The
    // test plays the TLS proxy in front of it, so it is listed as one (X-Forwarded-Proto counts only then).
    cluster.server = await startServerProcess({
      databaseUrl: cluster.databaseUrl,
      seedTokens: true,
      logLevel: 'debug',
      trustedProxies: ['127.0.0.1'],
      onLog: (c) => (logs += c),
    });
    base = cluster.server.url;
    secrets.set('enrolment token', cluster.server.tokens!.enrollment);
    secrets.set('admin token', cluster.server.tokens!.admin);
  });
  afterAll(async () => cluster.close());

  it('runs a whole session: enrol, sync, sign in, change, export, revoke', async () => {
    const admin = bearer(secrets.get('admin token')!);
    const device = await enrolOverHttp(base, secrets.get('enrolment token')!, 'ada@example.com');
    secrets.set('device token', device.deviceToken);
    const at = Date.now();
    const push = await trpc(
      base,
      'sync.push',
      {
        protocolVersion: PROTOCOL_VERSION,
        events: [
          {
            id: uuidv7(at),
            at,
            kind: 'usage',
            toolId: 'chatgpt',
            signal: 'visit',
            day: '2026-11-23',
            visits: 2,
            activeSeconds: 30,
          },
        ],
      },
      bearer(device.deviceToken),
    );
    expect(push.status).toBe(200);
    expect(
      (
        await trpc(
          base,
          'sync.pull',
          { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
          bearer(device.deviceToken),
        )
      ).status,
    ).toBe(200);

    const auditor = await trpc(base, 'admin.tokens.create', { role: 'auditor', name: 'Auditor' }, admin);
    expect(auditor.status).toBe(200);
    secrets.set('auditor token', (auditor.json!.result!.data as { token: string }).token);
    const enrolment = await trpc(base, 'admin.tokens.createEnrollment', { name: 'laptops' }, admin);
    secrets.set('second enrolment token', (enrolment.json!.result!.data as { token: string }).token);

    // Dashboard sign-in behind a TLS proxy: the cookie must be Secure, HttpOnly, SameSite=Strict.
    const signIn = await trpc(
      base,
      'session.signIn',
      { token: secrets.get('admin token') },
      { 'x-forwarded-proto': 'https' },
    );
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Secure/i);
    const cookieValue = /lantern_session=([^;]+)/.exec(setCookie)![1]!;
    const csrf = (signIn.json!.result!.data as { csrfToken: string }).csrfToken;
    secrets.set('session cookie', decodeURIComponent(cookieValue));
    secrets.set('csrf token', csrf);
    const cookie = { cookie: `lantern_session=${cookieValue}`, 'x-forwarded-proto': 'https' };
    const origin = { origin: `https://${new URL(base).host}` };
    const change = {
      toolId: 'claude',
      status: 'approved',
      enforcement: 'inform',
      conditions: null,
      allowedDataClasses: ['internal'],
      alternativeToolId: null,
    };

    expect((await trpc(base, 'session.me', undefined, cookie)).status).toBe(200);
    // CSRF: a cross-site form or script has the cookie but neither the header nor our Origin.
    expect((await trpc(base, 'admin.decisions.set', change, cookie)).status).toBe(403);
    expect(
      (
        await trpc(base, 'admin.decisions.set', change, {
          ...cookie,
          origin: 'https://evil.example',
          'x-lantern-csrf': csrf,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await trpc(base, 'admin.decisions.set', change, {
          ...cookie,
          ...origin,
          'x-lantern-csrf': 'x'.repeat(43),
        })
      ).status,
    ).toBe(403);
    expect(
      (await trpc(base, 'admin.decisions.set', change, { ...cookie, ...origin, 'x-lantern-csrf': csrf }))
        .status,
    ).toBe(200);

    // Exports take the token from the Authorization header only, never from the URL.
    expect(
      (await fetch(`${base}/api/export/inventory.csv`, { headers: bearer(secrets.get('auditor token')!) }))
        .status,
    ).toBe(200);
    for (const q of ['token', 'access_token', 'bearer'])
      expect(
        (await fetch(`${base}/api/export/inventory.csv?${q}=${secrets.get('admin token')}`)).status,
        q,
      ).toBe(401);

    // Wrong and near-miss tokens.
    const near =
      secrets.get('admin token')!.slice(0, -1) + (secrets.get('admin token')!.endsWith('A') ? 'B' : 'A');
    expect((await trpc(base, 'admin.devices.list', {}, bearer(near))).status).toBe(401);

    // Revocation is immediate for every kind of credential.
    const tokens = (await trpc(base, 'admin.tokens.list', undefined, admin)).json!.result!.data as Array<{
      id: string;
      role: string;
    }>;
    const auditorId = tokens.find((t) => t.role === 'auditor')!.id;
    expect((await trpc(base, 'admin.tokens.revoke', { id: auditorId }, admin)).status).toBe(200);
    expect(
      (await fetch(`${base}/api/export/inventory.csv`, { headers: bearer(secrets.get('auditor token')!) }))
        .status,
    ).toBe(401);
    expect((await trpc(base, 'admin.devices.revoke', { id: device.deviceId }, admin)).status).toBe(200);
    expect(
      (
        await trpc(
          base,
          'sync.pull',
          { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
          bearer(device.deviceToken),
        )
      ).status,
    ).toBe(401);
    expect(
      (await trpc(base, 'session.signOut', undefined, { ...cookie, ...origin, 'x-lantern-csrf': csrf }))
        .status,
    ).toBe(200);
    expect((await trpc(base, 'session.me', undefined, cookie)).status).toBe(401);
  });

  it('never wrote a token, cookie or CSRF token to the logs', async () => {
    await cluster.server.stop(); // flush
    expect(logs.length).toBeGreaterThan(1_000); // it did log the session
    for (const [name, secret] of secrets) {
      expect(logs.includes(secret), `${name} in the logs`).toBe(false);
      expect(logs.includes(encodeURIComponent(secret)), `${name} (URL-encoded) in the logs`).toBe(false);
    }
  });

  it('keeps every token as 256 random bits and stores only its SHA-256', () => {
    for (const [name, secret] of secrets) {
      if (name === 'csrf token' || name === 'session cookie' || name.includes('token')) {
        expect(Buffer.from(secret, 'base64url').length, name).toBe(32);
        expect(secret, name).toMatch(/^[A-Za-z0-9_-]{43}$/);
      }
    }
    const dump = cluster.read((db) => {
      const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
        name: string;
      }>;
      return tables.map((t) => JSON.stringify(db.prepare(`select * from "${t.name}"`).all())).join('\n');
    });
    for (const [name, secret] of secrets)
      expect(dump.includes(secret), `${name} stored in plain text`).toBe(false);
    for (const name of [
      'device token',
      'admin token',
      'auditor token',
      'enrolment token',
      'second enrolment token',
      'session cookie',
      'csrf token',
    ])
      expect(dump.includes(sha256(secrets.get(name)!)), `${name} stored as its SHA-256`).toBe(true);
  });
});
