import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7, type SyncEvent } from '@lantern/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LanternDb,
  getConfig,
  getEnrolment,
  getSyncState,
  enrolDevice,
  createSyncEngine,
  type SyncEngineDeps,
  recordEvent,
} from '@lantern/extension/testing';
import { startLanternServer, type LanternTestServer } from '../e2e/harness/lantern-server';
import { waitFor } from '../e2e/harness/wait';
import { startFaultProxy } from './lib/fault-proxy';

// The extension's real sync engine (Dexie on fake-indexeddb, Node's fetch) against a real Lantern
// server on 127.0.0.1, stopped and restarted on the same port and database file.

const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
let dir: string;
let dbFile: string;
let server: LanternTestServer;
let port: number;
let dbCount = 0;
const openDbs: LanternDb[] = [];

function usageEvent(i: number): SyncEvent {
  const tools = ['chatgpt', 'claude', 'gemini'] as const;
  const day = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    id: uuidv7(),
    at: Date.now(),
    kind: 'usage',
    toolId: tools[i % 3]!,
    signal: 'visit',
    day,
    visits: 1 + i,
    activeSeconds: i,
  };
}

async function enrolledClient(extra: Partial<SyncEngineDeps> = {}) {
  const db = new LanternDb(`lantern-it-${++dbCount}`);
  openDbs.push(db);
  await enrolDevice(
    { db, userAgent: UA, extensionVersion: '0.1.0' },
    {
      serverUrl: server.url,
      enrollmentToken: await server.enrollmentToken(),
      userEmail: 'ada@example.com',
      source: 'managed',
    },
  );
  const engine = createSyncEngine({ db, ...extra });
  return { db, engine };
}

function count(ids: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  return seen;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-ext-sync-'));
  dbFile = `sqlite:${join(dir, 'lantern.db')}`;
  server = await startLanternServer({ databaseUrl: dbFile });
  port = server.server.port;
});

afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the extension sync engine against a real server', () => {
  it('delivers every event exactly once across a server outage', async () => {
    let clock = Date.now();
    const { db, engine } = await enrolledClient({ now: () => clock });
    const before = await Promise.all(Array.from({ length: 520 }, (_, i) => recordEvent(db, usageEvent(i))));
    expect(await engine.push()).toBe('done');
    expect(await db.outbox.count()).toBe(0);

    await server.close(); // the server goes away
    const during = await Promise.all(
      Array.from({ length: 100 }, (_, i) => recordEvent(db, usageEvent(520 + i))),
    );
    expect(await engine.push()).toBe('failed');
    expect(await engine.push()).toBe('waiting'); // backing off, not hammering
    const failed = await getSyncState(db);
    expect(failed.failures).toBe(1);
    expect(failed.lastError).toMatch(/unreachable/);
    expect(await db.outbox.count()).toBe(100);

    server = await startLanternServer({ databaseUrl: dbFile, port }); // back, same port and data
    clock = failed.notBefore + 1;
    expect(await engine.push()).toBe('done');
    expect(await db.outbox.count()).toBe(0);

    const stored = count(await server.storedEventIds());
    for (const id of [...before, ...during]) expect(stored.get(id)).toBe(1);
    const state = await getSyncState(db);
    expect(state).toMatchObject({ failures: 0, lastError: null });
    expect((await db.syncLog.toArray()).filter((row) => row.outcome === 'sent')).toHaveLength(620);
  });

  it('sends discoveries made within a second in one request, within seconds', async () => {
    let pushes = 0;
    const { db, engine } = await enrolledClient({
      fetch: async (url, init) => {
        if (url.endsWith('/sync.push')) pushes += 1;
        return fetch(url, init);
      },
    });
    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await recordEvent(db, usageEvent(i)));
      engine.requestPush();
    }
    await waitFor('the outbox to empty', async () => (await db.outbox.count()) === 0, { timeoutMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(pushes).toBe(1);
    const stored = count(await server.storedEventIds());
    for (const id of ids) expect(stored.get(id)).toBe(1);
    engine.dispose();
  });

  it('resends a batch whose answer was lost, and the server keeps it once', async () => {
    let dropNextAnswer = true;
    let clock = Date.now();
    const { db, engine } = await enrolledClient({
      now: () => clock,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (url.endsWith('/sync.push') && dropNextAnswer) {
          dropNextAnswer = false;
          throw new TypeError('connection reset'); // the server committed; the device never heard
        }
        return response;
      },
    });
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => recordEvent(db, usageEvent(i))));
    expect(await engine.push()).toBe('failed');
    expect(await db.outbox.count()).toBe(40);
    clock = (await getSyncState(db)).notBefore;
    expect(await engine.push()).toBe('done');
    const stored = count(await server.storedEventIds());
    for (const id of ids) expect(stored.get(id)).toBe(1);
  });

  it('gives up on a request that hangs, and the next attempt delivers', async () => {
    const proxy = await startFaultProxy(server.url);
    try {
      let clock = Date.now();
      const { db, engine } = await enrolledClient({ now: () => clock, requestTimeoutMs: 400 });
      await db.enrolment.put({ ...(await getEnrolment(db))!, serverUrl: proxy.url });
      const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => recordEvent(db, usageEvent(i))));
      // A middlebox holds the first push far longer than the engine waits.
      proxy.faults.push({ kind: 'delay', ms: 3_000 });
      const started = Date.now();
      expect(await engine.push()).toBe('failed');
      expect(Date.now() - started).toBeLessThan(2_500);
      const state = await getSyncState(db);
      expect(state.lastError).toMatch(/no answer to sync\.push within 0\.4 s/);
      expect(await db.outbox.count()).toBe(5);
      // The queue is free again: the retry goes through, and the late delivery of the held request
      // (the proxy still forwards it) stores nothing twice.
      clock = state.notBefore;
      expect(await engine.push()).toBe('done');
      await new Promise((r) => setTimeout(r, 3_000));
      const stored = count(await server.storedEventIds());
      for (const id of ids) expect(stored.get(id)).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('honours Retry-After when the server rate-limits', async () => {
    const main = server;
    // A second server with a tiny request budget: a device's second request in a burst gets 429.
    server = await startLanternServer({ rateLimit: { capacity: 1, refillPerSecond: 0.05 } });
    try {
      const t0 = Date.now();
      const { db, engine } = await enrolledClient({ random: () => 0 });
      await Promise.all(Array.from({ length: 510 }, (_, i) => recordEvent(db, usageEvent(i)))); // 2 batches
      expect(await engine.push()).toBe('failed');
      const state = await getSyncState(db);
      expect(state.lastError).toMatch(/429/);
      // Our own backoff would be 2 s after a first failure; the server asked for far longer.
      expect(state.notBefore - t0).toBeGreaterThan(5_000);
      expect(await db.outbox.count()).toBeGreaterThan(0);
    } finally {
      await server.close();
      server = main;
    }
  });

  it('pulls a new decision when a push answer says the config changed', async () => {
    const { db, engine } = await enrolledClient();
    expect(await engine.pull()).toBe('updated');
    const first = await getConfig(db);
    await server.setDecision({ toolId: 'chatgpt', status: 'prohibited', enforcement: 'block' });
    await recordEvent(db, usageEvent(1));
    expect(await engine.push()).toBe('done');
    const config = await getConfig(db);
    expect(config!.configVersion).toBeGreaterThan(first!.configVersion);
    expect(config!.decisions.find((d) => d.toolId === 'chatgpt')).toMatchObject({
      status: 'prohibited',
      enforcement: 'block',
    });
  });

  it('stops pushing, keeping its events, once the server refuses the device token', async () => {
    const { db, engine } = await enrolledClient();
    const enrolment = (await getEnrolment(db))!;
    await db.enrolment.put({ ...enrolment, deviceToken: 'x'.repeat(43) });
    await recordEvent(db, usageEvent(7));
    expect(await engine.push()).toBe('revoked');
    expect((await getEnrolment(db))!.status).toBe('revoked');
    expect(await engine.push()).toBe('revoked');
    expect(await db.outbox.count()).toBe(1);
  });
});
