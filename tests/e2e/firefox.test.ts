import { classifyApiRequest, classifyUrl } from '@lantern/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_ADDON_ID,
  launchFirefoxWithExtension,
  removeFirefoxPolicy,
  startAiSites,
  startLanternServer,
  waitFor,
  writeFirefoxPolicy,
  type AiSites,
  type FirefoxExtensionBrowser,
  type LanternTestServer,
} from './harness';

// The Firefox build, for real: Debian's Firefox ESR with the add-on installed, configured through
// policies.json as an administrator would, against a real server. Zero-touch enrolment, discovery of
// real AI hostnames (served locally through a loopback proxy), the in-page notice, and a block.

const OTHER_HOST = 'en.wikipedia.org';
const EMBEDDING_HOST = 'crm.example.com';
const AI_API_URL = 'https://api.openai.com/v1/chat/completions';
const WORKSPACE = '550e8400-e29b-41d4-a716-446655440000';
const HOSTS = ['chatgpt.com', 'claude.ai', OTHER_HOST, EMBEDDING_HOST, new URL(AI_API_URL).hostname];

let sites: AiSites;
let server: LanternTestServer;
let firefox: FirefoxExtensionBrowser;

const toolIdOf = (host: string) => classifyUrl(`https://${host}/`)?.toolId;

const BLOCKED_TITLE = 'Lantern — this tool is not approved';

/**
 * Opens `url` in a new tab; returns the title of what the tab shows and whether Lantern's notice is in
 * it. WebDriver BiDi neither reports nor finishes a navigation that ends on a moz-extension:// page
 * (the blocked page), so this watches the document instead of waiting on the navigation.
 */
async function visit(url: string, expectTitle: string): Promise<{ title: string; notice: boolean }> {
  const page = await firefox.browser.newPage();
  try {
    const navigation = page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    const title = await waitFor('the page to load', async () => (await page.title()) || false, {
      timeoutMs: 20_000,
    }).catch(() => '');
    if (title !== BLOCKED_TITLE) await navigation;
    // The notice is registered as a content script at run time: give it a moment to attach.
    const notice =
      title === expectTitle &&
      (await page
        .waitForSelector('lantern-notice', { timeout: 5_000 })
        .then(() => true)
        .catch(() => false));
    return { title, notice };
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  const embeddingPage = `<!doctype html><title>CRM</title><script>fetch(${JSON.stringify(AI_API_URL)}, { method: 'POST', body: '{}' }).then(() => document.title = 'done', () => document.title = 'failed');</script>`;
  sites = await startAiSites({ pages: { [EMBEDDING_HOST]: embeddingPage } });
  server = await startLanternServer();
  // Decided before the browser starts, so the first pull after enrolment carries the block.
  await server.setDecision({ toolId: 'claude', status: 'prohibited', enforcement: 'block' });
  // Company accounts only on ChatGPT; otherwise the default experience of a tool under review.
  await server.setDecision({
    toolId: 'chatgpt',
    status: 'review',
    enforcement: 'acknowledge',
    companyWorkspace: { ids: [WORKSPACE], link: null },
  });
  writeFirefoxPolicy(FIREFOX_ADDON_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'fox@example.com',
    pullIntervalSeconds: 30,
  });
  firefox = await launchFirefoxWithExtension({ sitesPort: sites.port, hosts: HOSTS });
}, 180_000);

afterAll(async () => {
  await firefox?.close();
  removeFirefoxPolicy();
  await sites?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('installs under the add-on id that policies.json names', () => {
    expect(firefox.addonId).toBe(FIREFOX_ADDON_ID);
  });

  it('enrols by itself from policies.json, as the configured person', async () => {
    const devices = await waitFor(
      'the Firefox device to enrol',
      async () => {
        const rows = await server.server.db
          .selectFrom('devices')
          .innerJoin('users', 'users.id', 'devices.user_id')
          .select(['devices.browser', 'users.email'])
          .execute();
        return rows.length > 0 && rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(devices).toEqual([{ browser: 'firefox', email: 'fox@example.com' }]);
  });

  it('counts a visit to a real AI hostname, shows the notice there, and leaves other sites alone', async () => {
    // Right after installation the worker registers the notice for the most used tools at once and for
    // every tool once it has read the catalog; the page's question is answered after that read (7.6 s
    // after enrolment on this machine), so the wait allows retries as the other waits in this file do.
    const ai = await waitFor(
      'the notice on chatgpt.com',
      async () => {
        const seen = await visit('https://chatgpt.com/', 'chatgpt.com');
        return seen.notice && seen;
      },
      { timeoutMs: 45_000, intervalMs: 1_000 },
    );
    expect(ai).toEqual({ title: 'chatgpt.com', notice: true });
    const other = await visit(`https://${OTHER_HOST}/`, OTHER_HOST);
    expect(other).toEqual({ title: OTHER_HOST, notice: false });
    const chatgpt = toolIdOf('chatgpt.com');
    const tools = await waitFor(
      'the ChatGPT visit in the inventory',
      async () => {
        const ids = await server.inventoryToolIds();
        return ids.includes(chatgpt!) && ids;
      },
      { timeoutMs: 20_000 },
    );
    expect(tools).toEqual([chatgpt]);
  });

  it('records a non-AI site that calls an AI API as embedded AI (Firefox names it originUrl)', async () => {
    await visit(`https://${EMBEDDING_HOST}/accounts/42`, 'done');
    const rows = await waitFor(
      'the embedded-AI site on the server',
      async () => {
        const found = await server.server.db.selectFrom('embedded_sites').selectAll().execute();
        return found.length > 0 && found;
      },
      { timeoutMs: 15_000 },
    );
    expect(rows).toEqual([
      expect.objectContaining({
        tool_id: classifyApiRequest(AI_API_URL)?.toolId,
        initiator_host: EMBEDDING_HOST,
      }),
    ]);
  });

  it("adds the company-workspace header on the vendor's host and nowhere else", async () => {
    const lastTo = (host: string) => sites.requests.filter((r) => r.host === host).at(-1);
    await waitFor(
      'the workspace header on chatgpt.com',
      async () => {
        await visit('https://chatgpt.com/c/1', 'chatgpt.com');
        return lastTo('chatgpt.com')?.headers['chatgpt-allowed-workspace-id'] === WORKSPACE;
      },
      { timeoutMs: 45_000, intervalMs: 1_000 },
    );
    await visit(`https://${OTHER_HOST}/`, OTHER_HOST);
    const other = sites.requests.filter((r) => r.host === OTHER_HOST);
    expect(other.length).toBeGreaterThan(0);
    for (const r of other) expect(r.headers['chatgpt-allowed-workspace-id']).toBeUndefined();
  });

  it('replaces a prohibited tool with the extension’s blocked page before the site is asked', async () => {
    await waitFor(
      'claude.ai to be blocked',
      async () => (await visit('https://claude.ai/', BLOCKED_TITLE)).title === BLOCKED_TITLE,
      { timeoutMs: 45_000, intervalMs: 1_000 },
    );
    const before = sites.requests.filter((r) => r.host === 'claude.ai').length;
    expect((await visit('https://claude.ai/', BLOCKED_TITLE)).title).toBe(BLOCKED_TITLE);
    expect(sites.requests.filter((r) => r.host === 'claude.ai')).toHaveLength(before);
  });
});
