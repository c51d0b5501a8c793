import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyUrl } from '@lantern/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_EXTENSION_ID,
  launchExtensionBrowser,
  readExtensionStore,
  removeManagedPolicy,
  startAiSites,
  startLanternServer,
  waitFor,
  writeManagedPolicy,
  type AiSites,
  type ExtensionBrowser,
  type LanternTestServer,
} from './harness';

// A discovery made while the server is down survives the browser being closed, and arrives once
// after both come back — without the browser enrolling a second time.

let dir: string;
let profileDir: string;
let databaseUrl: string;
let sites: AiSites;
let server: LanternTestServer | undefined;
let browser: ExtensionBrowser | undefined;

const devices = async (s: LanternTestServer) => s.server.db.selectFrom('devices').select('id').execute();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-restart-'));
  profileDir = join(dir, 'profile');
  databaseUrl = `sqlite:${join(dir, 'lantern.db')}`;
  sites = await startAiSites();
  server = await startLanternServer({ databaseUrl });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
  });
});

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a browser restart while the server is down', () => {
  it('keeps the discovery and the enrolment, and delivers the discovery once', async () => {
    const hostRules = sites.hostRules(['chatgpt.com']);
    browser = await launchExtensionBrowser({ hostRules, profileDir });
    const live = server!;
    await waitFor('the device to enrol', async () => (await devices(live)).length === 1, {
      timeoutMs: 30_000,
    });
    const port = live.server.port;
    await live.close();
    server = undefined;

    const page = await browser.context.newPage();
    await page.goto('https://chatgpt.com/', { waitUntil: 'load' });
    await page.close();
    await waitFor(
      'the discovery to be queued',
      async () => ((await readExtensionStore<unknown[]>(browser!, 'outbox')) ?? []).length > 0,
      {
        timeoutMs: 20_000,
      },
    );
    await browser.close();

    server = await startLanternServer({ databaseUrl, port });
    browser = await launchExtensionBrowser({ hostRules, profileDir });
    const back = server;
    const toolId = classifyUrl('https://chatgpt.com/')!.toolId;
    await waitFor(
      'the discovery on the server',
      async () => (await back.inventoryToolIds()).includes(toolId),
      { timeoutMs: 45_000 },
    );
    expect(await devices(back)).toHaveLength(1);
    const ids = await back.storedEventIds();
    expect(new Set(ids).size).toBe(ids.length);
  }, 150_000);
});
