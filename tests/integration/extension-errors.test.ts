import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LanternDb,
  getSyncState,
  enrolDevice,
  humanError,
  createSyncEngine,
} from '@lantern/extension/testing';
import { startLanternServer, type LanternTestServer } from '../e2e/harness/lantern-server';

// Issue 17 item 6: what the options and welcome pages tell an employee, for the errors a real Lantern
// server (or no server) produces — and a pull alone makes "Last sync" true.

const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
let server: LanternTestServer;
let n = 0;
const dbs: LanternDb[] = [];

beforeAll(async () => {
  server = await startLanternServer();
});
afterAll(async () => {
  for (const db of dbs) await db.delete();
  await server.close();
});

async function enrolWith(serverUrl: string, enrollmentToken: string) {
  const db = new LanternDb(`lantern-errors-${++n}`);
  dbs.push(db);
  const deps = { db, userAgent: UA, extensionVersion: '0.1.0' };
  const request = { serverUrl, enrollmentToken, userEmail: 'ada@example.com', source: 'manual' as const };
  try {
    await enrolDevice(deps, request);
    return { db, error: null };
  } catch (error) {
    return { db, error: humanError(error instanceof Error ? error.message : String(error)) };
  }
}

describe('enrolment errors in words', () => {
  it('says the token was not accepted when the server refuses it, keeping the server’s words', async () => {
    const { error } = await enrolWith(server.url, 'not-a-token-anyone-issued');
    expect(error?.key).toBe('error.badToken');
    expect(error?.detail).toMatch(/^device\.enroll: HTTP 401 /);
  });

  it('says the server could not be reached when nothing listens', async () => {
    const { error } = await enrolWith('http://127.0.0.1:9', 'whatever-token-0123456789');
    expect(error?.key).toBe('error.unreachable');
  });

  it('says it is not a Lantern server when the address answers something else', async () => {
    const { error } = await enrolWith(`${server.url}/not-lantern`, await server.enrollmentToken());
    expect(error?.key).toBe('error.notLantern');
  });

  it('says what a server address looks like when it is not one', async () => {
    const { error } = await enrolWith('lantern dot example', 'whatever-token-0123456789');
    expect(error?.key).toBe('error.badAddress');
  });
});

describe('true sync state', () => {
  it('counts a successful pull as a sync, with nothing to push', async () => {
    const { db, error } = await enrolWith(server.url, await server.enrollmentToken());
    expect(error).toBeNull();
    expect((await getSyncState(db)).lastSuccessAt).toBeNull();
    const before = Date.now();
    expect(await createSyncEngine({ db }).pull()).toBe('updated');
    const state = await getSyncState(db);
    expect(state.lastSuccessAt).toBeGreaterThanOrEqual(before);
    expect(state.lastError).toBeNull();
  });
});
