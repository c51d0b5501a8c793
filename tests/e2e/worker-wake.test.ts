import { classifyUrl } from '@lantern/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_EXTENSION_ID,
  controlServiceWorker,
  launchExtensionBrowser,
  storedVisits,
  removeManagedPolicy,
  startAiSites,
  startLanternServer,
  waitFor,
  writeManagedPolicy,
  type AiSites,
  type ExtensionBrowser,
  type LanternTestServer,
  type ServiceWorkerControl,
} from './harness';

// MV3 stops an idle service worker, and what wakes it is an event for a listener it registered in
// its first turn. Those listeners are filtered by the most used tools' hosts only
// (extension/src/detect/filter-lists.ts, `firstTurnLists`); a visit to any other tool wakes the
// worker through the notice content script, which the browser keeps registered on every tool's
// hosts. Here Chromium stops the worker for real (DevTools' ServiceWorker.stopAllWorkers) and each
// visit must count exactly once: woken by the page, woken by the navigation, or already awake.

/** A long-tail tool (an AI receptionist): no first-turn filter covers araai.io. */
const LONG_TAIL_HOST = 'araai.io';
/** A most-used tool, woken for at its commit (the broad `.ai` suffix covers it). */
const HEAD_HOST = 'claude.ai';
const OTHER_HOST = 'en.wikipedia.org';

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;
let devtools: ServiceWorkerControl;

const toolIdOf = (host: string) => {
  const id = classifyUrl(`https://${host}/`)?.toolId;
  if (!id) throw new Error(`${host} is not in the catalog`);
  return id;
};

const visitsOf = (toolId: string) => storedVisits(browser, toolId);
const stopWorker = () => devtools.stop();

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  sites = await startAiSites();
  server = await startLanternServer();
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'ada@example.com',
  });
  browser = await launchExtensionBrowser({
    hostRules: sites.hostRules([LONG_TAIL_HOST, HEAD_HOST, OTHER_HOST]),
  });
  devtools = await controlServiceWorker(browser);
});

afterAll(async () => {
  await devtools?.close();
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
});

describe('visits while the service worker is stopped', () => {
  it('are counted once, whether the page or the navigation wakes the worker', async () => {
    await waitFor(
      'the device to enrol',
      async () => (await server.server.db.selectFrom('devices').select('id').execute()).length === 1,
      { timeoutMs: 30_000 },
    );
    // The notice script is registered on every tool's hosts (the browser keeps it while the worker sleeps).
    await waitFor(
      'the notice script on every tool host',
      async () => {
        const matches = await browser.evaluate(async () => {
          const { scripting } = (
            globalThis as unknown as {
              chrome: {
                scripting: {
                  getRegisteredContentScripts(f: { ids: string[] }): Promise<Array<{ matches?: string[] }>>;
                };
              };
            }
          ).chrome;
          const [notice] = await scripting.getRegisteredContentScripts({ ids: ['lantern-notice'] });
          return notice?.matches ?? [];
        });
        return matches.includes(`https://*.${LONG_TAIL_HOST}/*`);
      },
      { timeoutMs: 30_000 },
    );
    const longTail = toolIdOf(LONG_TAIL_HOST);
    const head = toolIdOf(HEAD_HOST);
    expect(devtools.status()).toBe('running');

    // 1. Asleep, a long-tail tool: its page's message wakes the worker and is the visit.
    await stopWorker();
    const first = await open(`https://${LONG_TAIL_HOST}/en/pricing?q=secret`);
    await waitFor('the long-tail visit', async () => (await visitsOf(longTail)) === 1, { timeoutMs: 20_000 });

    // 2. Awake, the same tool again: counted at the commit, and the page's message adds nothing.
    const second = await open(`https://${LONG_TAIL_HOST}/en/privacy`);
    await waitFor('the second visit', async () => (await visitsOf(longTail)) === 2, { timeoutMs: 20_000 });

    // 3. Asleep, a most-used tool: the navigation wakes the worker; the page's message adds nothing.
    await stopWorker();
    const third = await open(`https://${HEAD_HOST}/new`);
    await waitFor('the head-tool visit', async () => (await visitsOf(head)) === 1, { timeoutMs: 20_000 });

    // 4. Asleep, coming back to an open tool tab: the notice asks again, which is no new visit.
    await stopWorker();
    await open(`https://${OTHER_HOST}/wiki/Lantern`);
    await first.bringToFront();
    await first.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitFor('the worker to wake for the recheck', async () => devtools.status() === 'running', {
      timeoutMs: 15_000,
    });

    // Settle: nothing late may change the counts (a first sighting is flushed within a second).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await visitsOf(longTail)).toBe(2);
    expect(await visitsOf(head)).toBe(1);
    await waitFor(
      'both tools in the inventory',
      async () => {
        const ids = await server.inventoryToolIds();
        return ids.includes(longTail) && ids.includes(head);
      },
      { timeoutMs: 30_000 },
    );
    for (const page of [first, second, third]) await page.close();
  }, 150_000);
});
