import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import { createApiToken, createEnrolmentToken, createLogger, startServer } from '@lantern/server';
import type { RunningServer } from '@lantern/server';

const enroll = (enrollmentToken: string) => ({
  protocolVersion: PROTOCOL_VERSION,
  enrollmentToken,
  userEmail: 'grace@example.com',
  browser: 'chrome',
  browserVersion: '142',
  extensionVersion: '0.1.0',
});

const usage = (visits: number) => {
  const at = Date.now();
  return {
    id: uuidv7(at),
    at,
    kind: 'usage',
    toolId: 'chatgpt',
    signal: 'visit',
    day: '2026-11-23',
    visits,
    activeSeconds: 30,
  };
};

describe('the server over HTTP', () => {
  let server: RunningServer;
  let deviceToken = '';

  async function call(
    path: string,
    body: unknown,
    token = deviceToken,
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(`${server.url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      headers: res.headers,
      json: (await res.json()) as {
        result?: { data: unknown };
        error?: { message: string; data: { code: string; eventIndexes?: number[] } };
      },
    };
  }

  beforeAll(async () => {
    server = await startServer({
      databaseUrl: 'sqlite::memory:',
      port: 0,
      rateLimit: { capacity: 40, refillPerSecond: 0.01 },
      maxBodyBytes: 64 * 1024,
      logger: createLogger({ level: 'silent' }),
    });
    const { token } = await createEnrolmentToken(server.db, { name: 'http test' });
    const res = await call('device.enroll', enroll(token), '');
    expect(res.status).toBe(200);
    deviceToken = (res.json.result?.data as { deviceToken: string }).deviceToken;
  });
  afterAll(async () => server.close());

  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('pushes plain JSON and reports what it stored', async () => {
    const e = usage(2);
    const res = await call('sync.push', { protocolVersion: PROTOCOL_VERSION, events: [e] });
    expect(res.status).toBe(200);
    expect(res.json.result?.data).toMatchObject({ stored: [e.id], duplicates: 0 });
  });

  it('serves sync.pull by GET and by POST', async () => {
    const input = encodeURIComponent(JSON.stringify({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 }));
    const get = await fetch(`${server.url}/trpc/sync.pull?input=${input}`, {
      headers: { authorization: `Bearer ${deviceToken}` },
    });
    expect(get.status).toBe(200);
    const post = await call('sync.pull', { protocolVersion: PROTOCOL_VERSION, configVersion: 0 });
    expect(post.status).toBe(200);
    expect(post.json.result?.data).toMatchObject({ unchanged: false });
  });

  it('names the event and field of a refused batch in a 400', async () => {
    const res = await call('sync.push', {
      protocolVersion: PROTOCOL_VERSION,
      events: [usage(1), { ...usage(1), prompt: 'secret' }],
    });
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/events\[1\].*prompt/);
    expect(res.json.error?.data).toMatchObject({ code: 'BAD_REQUEST', eventIndexes: [1] });
  });

  it('answers 401 without a valid device token', async () => {
    const res = await call(
      'sync.push',
      { protocolVersion: PROTOCOL_VERSION, events: [usage(1)] },
      'not-a-token',
    );
    expect(res.status).toBe(401);
  });

  it('answers 413 to a body over the limit', async () => {
    const res = await fetch(`${server.url}/trpc/sync.push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, events: [], padding: 'x'.repeat(100_000) }),
    });
    expect(res.status).toBe(413);
  });

  it('allows CORS for device procedures only, and only for extension origins', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const ok = await fetch(`${server.url}/trpc/sync.push`, { method: 'OPTIONS', headers: { origin } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    const site = await fetch(`${server.url}/trpc/sync.push`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(site.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exports the inventory as CSV and JSON to staff tokens only', async () => {
    const { token } = await createApiToken(server.db, 'auditor', 'export test');
    const csv = await fetch(`${server.url}/api/export/inventory.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^tool_id,name,/);
    expect(text).toContain('chatgpt,ChatGPT');
    const json = await fetch(`${server.url}/api/export/acknowledgements.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await json.json()).toEqual([]);
    const none = await fetch(`${server.url}/api/export/registrations.csv`);
    expect(none.status).toBe(401);
    const device = await fetch(`${server.url}/api/export/registrations.csv`, {
      headers: { authorization: `Bearer ${deviceToken}` },
    });
    expect(device.status).toBe(403);
  });

  it('answers 429 with Retry-After to a flooding device', async () => {
    let limited: Response | null = null;
    for (let i = 0; i < 60 && !limited; i++) {
      const res = await fetch(
        `${server.url}/trpc/sync.pull?input=${encodeURIComponent(JSON.stringify({ protocolVersion: 1, configVersion: 0 }))}`,
        {
          headers: { authorization: `Bearer ${deviceToken}` },
        },
      );
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
