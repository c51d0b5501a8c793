import { classifyApiRequest, classifyUrl } from '@lantern/shared';
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

// Zero-touch deployment end to end: an administrator's policy file → the extension enrols itself →
// visits to real AI hostnames (served locally over HTTPS) reach the server's inventory within 10 s,
// other sites leave no trace, and an admin's decision reaches the browser within the pull interval.

/**
 * None of the first three has a filter of its own (detect/filter-lists.ts): chatgpt.com wakes the worker
 * through the broad part `gpt`, claude.ai through the broad suffix `.ai`, kling-ai.com through the
 * broad part `-ai.`. (A stopped worker, and tools outside the first turn's lists: worker-wake.test.ts.)
 */
const AI_HOSTS = ['chatgpt.com', 'claude.ai', 'kling-ai.com', 'gemini.google.com'];
const OTHER_HOST = 'en.wikipedia.org';
/** A `.ai` site the catalog does not hold: the broad filter wakes the worker, and the classifier ignores it. */
const OTHER_AI_TLD_HOST = 'harbour-ferries.ai';
/** A site holding `gpt` the catalog does not hold: likewise woken for, and ignored. */
const OTHER_GPT_HOST = 'egypt-ferries.example.org';
/** Canva's AI section is catalogued as `www.canva.com/ai`; the bare host reaches it too (a prefix's www twin). */
const SECTION_URL = 'https://canva.com/ai?prompt=secret';
const EMBEDDING_HOST = 'crm.example.com';
const AI_API_URL = 'https://api.openai.com/v1/chat/completions';
/** Box's general API: its AI section is catalogued as the API prefix `api.box.com/2.0/ai`, the rest is not AI. */
const BOX_AI_URL = 'https://api.box.com/2.0/ai/ask';
const BOX_FILES_URL = 'https://api.box.com/2.0/files/42';
const BOX_APP_HOST = 'app.box.com';
const FILES_ONLY_HOST = 'files.example.net';
/** A general site opening a secure WebSocket to an AI API (a realtime voice API): Chrome's `*` scheme misses wss. */
const SOCKET_HOST = 'voice-desk.example.org';
const AI_SOCKET_URL = 'wss://api.openai.com/v1/realtime?model=voice&call=secret';
const PULL_SECONDS = 30;

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;

const toolIdOf = (host: string) => {
  const id = classifyUrl(`https://${host}/`)?.toolId;
  if (!id) throw new Error(`${host} is not in the catalog`);
  return id;
};

/** Opens `url` in a new tab and closes it once loaded, or, with `calls`, once the page's own API call has settled. */
async function visit(url: string, { calls = false } = {}): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (calls) await page.waitForFunction(() => ['done', 'failed'].includes(document.title));
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  const calling = (title: string, url: string) =>
    `<!doctype html><title>${title}</title><script>fetch(${JSON.stringify(url)}, { method: 'POST', body: '{}' }).then(() => document.title = 'done', () => document.title = 'failed');</script>`;
  sites = await startAiSites({
    pages: {
      [EMBEDDING_HOST]: calling('CRM', AI_API_URL),
      [BOX_APP_HOST]: calling('Box', BOX_AI_URL),
      [FILES_ONLY_HOST]: calling('Files', BOX_FILES_URL),
      [SOCKET_HOST]: `<!doctype html><title>Desk</title><script>const ws = new WebSocket(${JSON.stringify(AI_SOCKET_URL)}); ws.onerror = ws.onclose = () => document.title = 'closed';</script>`,
    },
  });
  server = await startLanternServer();
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'ada@example.com',
    pullIntervalSeconds: PULL_SECONDS,
  });
  browser = await launchExtensionBrowser({
    hostRules: sites.hostRules([
      ...AI_HOSTS,
      OTHER_HOST,
      OTHER_AI_TLD_HOST,
      OTHER_GPT_HOST,
      EMBEDDING_HOST,
      new URL(AI_API_URL).hostname,
      new URL(SECTION_URL).hostname,
      new URL(BOX_AI_URL).hostname,
      BOX_APP_HOST,
      FILES_ONLY_HOST,
      SOCKET_HOST,
    ]),
  });
});

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
});

const enrolledDevices = () =>
  waitFor(
    'the device to enrol',
    async () => {
      const rows = await server.server.db.selectFrom('devices').selectAll().execute();
      return rows.length > 0 && rows;
    },
    { timeoutMs: 30_000 },
  );

describe('discovery in a real Chromium', () => {
  it('enrols by itself from the managed policy', async () => {
    expect(await enrolledDevices()).toHaveLength(1);
  }, 45_000);

  it('brings visits to AI tools into the inventory within 10 s, and nothing for other sites', async () => {
    await enrolledDevices(); // the 10 s are for a discovery by an enrolled browser
    await visit(`https://${OTHER_HOST}/wiki/Lantern?search=private`);
    expect(sites.requests.some((r) => r.host === OTHER_HOST)).toBe(true);
    expect(classifyUrl(`https://${OTHER_AI_TLD_HOST}/`)).toBeNull();
    await visit(`https://${OTHER_AI_TLD_HOST}/timetable`);
    expect(sites.requests.some((r) => r.host === OTHER_AI_TLD_HOST)).toBe(true);
    expect(classifyUrl(`https://${OTHER_GPT_HOST}/`)).toBeNull();
    await visit(`https://${OTHER_GPT_HOST}/timetable`);
    expect(sites.requests.some((r) => r.host === OTHER_GPT_HOST)).toBe(true);
    for (const host of AI_HOSTS) {
      await visit(`https://${host}/c/some-conversation?q=secret`);
      const started = Date.now();
      await waitFor(
        `${host} in the inventory`,
        async () => (await server.inventoryToolIds()).includes(toolIdOf(host)),
        {
          timeoutMs: 10_000,
        },
      );
      expect(Date.now() - started).toBeLessThanOrEqual(10_000);
    }
    expect(await server.inventoryToolIds()).toEqual(AI_HOSTS.map(toolIdOf).sort());
    // Start, the policy arriving and the minute tick all try to enrol: still one device.
    expect(await server.server.db.selectFrom('devices').select('id').execute()).toHaveLength(1);
  }, 90_000);

  it('sent nothing but tool ids, hostnames and day counts (the transparency log shows exactly what left)', async () => {
    const sent = await readExtensionStore<{ outcome: string; event: unknown }[]>(browser, 'syncLog');
    expect(sent?.length).toBeGreaterThan(0);
    const wire = JSON.stringify(sent!.map((row) => row.event));
    for (const leak of [
      'some-conversation',
      'secret',
      '/wiki',
      'Lantern?',
      'accounts/42',
      'https://',
      OTHER_HOST,
      OTHER_AI_TLD_HOST,
      OTHER_GPT_HOST,
    ]) {
      expect(wire).not.toContain(leak);
    }
  });

  it('records a non-AI site that calls an AI API as embedded AI, by hostname only', async () => {
    await visit(`https://${EMBEDDING_HOST}/accounts/42`);
    const expectedTool = classifyApiRequest(AI_API_URL)?.toolId;
    const rows = await waitFor(
      'the embedded-AI site on the server',
      async () => {
        const found = await server.server.db.selectFrom('embedded_sites').selectAll().execute();
        return found.length > 0 && found;
      },
      { timeoutMs: 15_000 },
    );
    expect(rows).toEqual([
      expect.objectContaining({ tool_id: expectedTool, initiator_host: EMBEDDING_HOST }),
    ]);
  }, 45_000);

  it('records a general site calling the AI section of a general API, and not the rest of that API', async () => {
    const boxAi = classifyApiRequest(BOX_AI_URL);
    expect(boxAi).toMatchObject({ toolId: 'box-ai', via: 'apiPrefix' });
    expect(classifyApiRequest(BOX_FILES_URL)).toBeNull();
    // Each page calls its API from a script, which can still be on its way when the page has loaded:
    // the tab stays open until the call has settled (the page then retitles itself).
    await visit(`https://${FILES_ONLY_HOST}/shared/7`, { calls: true });
    await visit(`https://${BOX_APP_HOST}/folder/0`, { calls: true });
    expect(
      sites.requests.filter((r) => r.host === 'api.box.com' && r.method === 'POST').map((r) => r.path),
    ).toEqual(['/2.0/files/42', '/2.0/ai/ask']);
    const rows = await waitFor(
      'Box AI as embedded AI on the server',
      async () => {
        const found = await server.server.db
          .selectFrom('embedded_sites')
          .selectAll()
          .where('tool_id', '=', boxAi!.toolId)
          .execute();
        return found.length > 0 && found;
      },
      { timeoutMs: 15_000 },
    );
    expect(rows).toEqual([expect.objectContaining({ tool_id: 'box-ai', initiator_host: BOX_APP_HOST })]);
    // The page that called only the files API was visited first and left nothing.
    const all = await server.server.db.selectFrom('embedded_sites').selectAll().execute();
    expect(all.filter((r) => r.initiator_host === FILES_ONLY_HOST)).toEqual([]);
    const sent = JSON.stringify(await readExtensionStore<unknown[]>(browser, 'syncLog'));
    expect(sent).not.toContain('/2.0/ai');
  }, 45_000);

  it('records a general site opening a secure WebSocket to an AI API as embedded AI', async () => {
    const tool = classifyApiRequest(AI_SOCKET_URL)?.toolId;
    expect(tool).toBe('openai-platform');
    await visit(`https://${SOCKET_HOST}/calls/live`);
    const rows = await waitFor(
      'the WebSocket caller as an embedding site on the server',
      async () => {
        const found = await server.server.db
          .selectFrom('embedded_sites')
          .selectAll()
          .where('initiator_host', '=', SOCKET_HOST)
          .execute();
        return found.length > 0 && found;
      },
      { timeoutMs: 15_000 },
    );
    expect(rows).toEqual([expect.objectContaining({ tool_id: tool, initiator_host: SOCKET_HOST })]);
    const sent = JSON.stringify(await readExtensionStore<unknown[]>(browser, 'syncLog'));
    expect(sent).not.toContain('realtime');
    expect(sent).not.toContain('secret');
  }, 45_000);

  it('counts an AI section visited on the other form of its host: canva.com/ai for www.canva.com/ai', async () => {
    const sectionTool = classifyUrl(SECTION_URL)?.toolId;
    expect(sectionTool).toBe(classifyUrl('https://www.canva.com/ai')?.toolId);
    expect(classifyUrl('https://canva.com/')).toBeNull(); // the rest of the host stays uncounted
    await visit(SECTION_URL);
    await waitFor(
      'canva.com/ai in the inventory',
      async () => (await server.inventoryToolIds()).includes(sectionTool!),
      { timeoutMs: 10_000 },
    );
  }, 45_000);

  it('brings an admin decision to the browser within the pull interval', async () => {
    const toolId = toolIdOf('claude.ai');
    await server.setDecision({ toolId, status: 'prohibited', enforcement: 'justify', conditions: null });
    const decided = Date.now();
    const config = await waitFor(
      'the decision in the extension',
      async () => {
        const row = await readExtensionStore<{ decisions: { toolId: string; status: string }[] }>(
          browser,
          'config',
          'current',
        );
        return row?.decisions.some((d) => d.toolId === toolId && d.status === 'prohibited') && row;
      },
      { timeoutMs: (PULL_SECONDS + 20) * 1000, intervalMs: 1000 },
    );
    expect(config.decisions.find((d) => d.toolId === toolId)).toMatchObject({ status: 'prohibited' });
    expect(Date.now() - decided).toBeLessThan((PULL_SECONDS + 20) * 1000);
  }, 90_000);
});
