import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import {
  createApiToken,
  createEnrolmentToken,
  createLogger,
  startServer,
  type RunningServer,
} from '@lantern/server';
import { bearer, enrolOverHttp, trpc } from './lib/attack-client';

/**
 * A malicious or compromised device: it holds a valid device token and speaks the protocol. It must
 * not read or change anything of other devices or people, nor reach admin data. (The server's own
 * matrix covers role × procedure; this one is about devices against each other and the endpoints.)
 */
const at = Date.UTC(2026, 10, 23, 9);
const push = (events: unknown[]) => ({ protocolVersion: PROTOCOL_VERSION, events });
const registration = (id: string, purposeText: string) => ({
  id,
  at,
  kind: 'registration',
  toolId: 'chatgpt',
  purposeCategory: 'drafting',
  purposeText,
  dataClasses: ['internal'],
  affectsPeople: false,
});

describe('device against device', () => {
  let server: RunningServer;
  let alice: { deviceId: string; deviceToken: string };
  let mallory: { deviceId: string; deviceToken: string };
  let admin = '';

  beforeAll(async () => {
    server = await startServer({ databaseUrl: 'sqlite::memory:', logger: createLogger({ level: 'silent' }) });
    const token = (await createEnrolmentToken(server.db, { name: 'attack' })).token;
    alice = await enrolOverHttp(server.url, token, 'alice@example.com');
    mallory = await enrolOverHttp(server.url, token, 'mallory@example.com');
    admin = (await createApiToken(server.db, 'admin', 'attack')).token;
  });
  afterAll(async () => server.close());

  it("never shows one person's approval requests to another person's device", async () => {
    const request = {
      id: uuidv7(at),
      at,
      kind: 'approval_request',
      toolId: 'claude',
      reason: 'Alice needs Claude for contract review',
    };
    expect((await trpc(server.url, 'sync.push', push([request]), bearer(alice.deviceToken))).status).toBe(
      200,
    );
    const seen = await trpc(
      server.url,
      'sync.pull',
      { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
      bearer(mallory.deviceToken),
    );
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.json)).not.toContain(request.id);
    expect(JSON.stringify(seen.json)).not.toContain('contract review');
    const own = await trpc(
      server.url,
      'sync.pull',
      { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
      bearer(alice.deviceToken),
    );
    expect(JSON.stringify(own.json)).toContain(request.id);
  });

  it('cannot push in the name of another device or person (the token decides, the payload cannot say)', async () => {
    for (const extra of [
      { deviceId: alice.deviceId },
      { userId: 'alice' },
      { userEmail: 'alice@example.com' },
    ]) {
      const res = await trpc(
        server.url,
        'sync.push',
        push([{ ...registration(uuidv7(at + 5), 'x'), ...extra }]),
        bearer(mallory.deviceToken),
      );
      expect(res.status).toBe(400);
    }
    const rows = await server.db.selectFrom('registrations').select(['device_id']).execute();
    expect(rows.every((r) => r.device_id !== alice.deviceId)).toBe(true);
  });

  // Was a defect (records keyed by event id alone: 500 with SQL text). Fixed by migration 0002, which
  // keys registrations/acknowledgements/justifications/requests by (device_id, id), and internal
  // errors no longer echo their message.
  it("cannot overwrite or shadow another device's record by reusing its event id", async () => {
    const id = uuidv7(at + 10);
    expect(
      (
        await trpc(
          server.url,
          'sync.push',
          push([registration(id, 'Alice drafts memos')]),
          bearer(alice.deviceToken),
        )
      ).status,
    ).toBe(200);
    const res = await trpc(
      server.url,
      'sync.push',
      push([registration(id, 'Mallory rewrote this')]),
      bearer(mallory.deviceToken),
    );
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
    const row = await server.db
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ device_id: alice.deviceId, purpose_text: 'Alice drafts memos' });
  });

  // Same root cause, same fix: an id another device used first no longer blocks the real record.
  it("cannot pre-empt another device's event id and so keep its evidence off the server", async () => {
    // Event ids are UUIDv7 (time + 74 random bits): not secret, only unlikely to collide. A device that
    // learns one (a shared machine, a leaked log) must not be able to block the real record.
    const id = uuidv7(at + 20);
    await trpc(
      server.url,
      'sync.push',
      push([registration(id, 'Mallory got here first')]),
      bearer(mallory.deviceToken),
    );
    const res = await trpc(
      server.url,
      'sync.push',
      push([registration(id, 'Alice drafts memos')]),
      bearer(alice.deviceToken),
    );
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const rows = await server.db
      .selectFrom('registrations')
      .select(['device_id'])
      .where('device_id', '=', alice.deviceId)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('gets nothing from admin procedures, exports or the dashboard session', async () => {
    const dev = bearer(mallory.deviceToken);
    for (const path of [
      'admin.inventory.overview',
      'admin.devices.list',
      'admin.tokens.list',
      'admin.audit.list',
      'session.me',
    ]) {
      const res = await trpc(server.url, path, {}, dev);
      expect([401, 403], path).toContain(res.status);
    }
    for (const file of ['inventory.csv', 'acknowledgements.json', 'registrations.csv']) {
      const res = await fetch(`${server.url}/api/export/${file}`, { headers: dev });
      expect(res.status, file).toBe(403);
      expect(await res.text()).not.toContain('alice');
    }
    const signIn = await trpc(server.url, 'session.signIn', { token: mallory.deviceToken });
    expect(signIn.status).toBe(401);
    expect(signIn.headers.get('set-cookie')).toBeNull();
  });

  it('a revoked device is refused on its very next call, others carry on', async () => {
    const revoke = await trpc(server.url, 'admin.devices.revoke', { id: mallory.deviceId }, bearer(admin));
    expect(revoke.status).toBe(200);
    const next = await trpc(
      server.url,
      'sync.push',
      push([registration(uuidv7(at + 30), 'after revocation')]),
      bearer(mallory.deviceToken),
    );
    expect(next.status).toBe(401);
    expect(
      (
        await trpc(
          server.url,
          'sync.pull',
          { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
          bearer(mallory.deviceToken),
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await trpc(
          server.url,
          'sync.pull',
          { protocolVersion: PROTOCOL_VERSION, configVersion: 0 },
          bearer(alice.deviceToken),
        )
      ).status,
    ).toBe(200);
  });

  it('answers web pages no CORS grant, and extension origins only for device procedures', async () => {
    const evil = await fetch(`${server.url}/trpc/sync.pull`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const adminPreflight = await fetch(`${server.url}/trpc/admin.devices.list`, {
      method: 'OPTIONS',
      headers: { origin: ext, 'access-control-request-method': 'POST' },
    });
    expect(adminPreflight.headers.get('access-control-allow-origin')).toBeNull();
    const device = await fetch(`${server.url}/trpc/sync.pull`, {
      method: 'OPTIONS',
      headers: { origin: ext, 'access-control-request-method': 'POST' },
    });
    expect(device.headers.get('access-control-allow-origin')).toBe(ext);
    const exportCors = await fetch(`${server.url}/api/export/inventory.json`, {
      headers: { origin: 'https://evil.example', ...bearer(admin) },
    });
    expect(exportCors.headers.get('access-control-allow-origin')).toBeNull();
  });
});
