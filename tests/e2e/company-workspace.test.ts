import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, syncNow, visitTool } from './experience-helpers';
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
  type SiteRequest,
} from './harness';
import { noticeText } from './notice-probe';

// Issue 22 acceptance: an admin sets "company workspace only" through the real server; after the
// browser's sync the vendor header arrives on chatgpt.com, claude.ai and api.anthropic.com — top-level
// and sub-resource requests — never on an unrelated or look-alike host, and disappears once removed.

const WORKSPACE = '550e8400-e29b-41d4-a716-446655440000';
const ORG = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const OTHER_HOSTS = ['en.wikipedia.org', 'chatgpt.com.example.org'];

/** A page that loads an image, a script, a frame and an XHR from its own host (and, on claude.ai, the API). */
const page = (host: string, extra = '') => `<!doctype html><title>${host}</title><h1>${host}</h1>
<img src="/sub/pixel.png"><script src="/sub/app.js"></script><iframe src="/sub/frame"></iframe>
<script>fetch('/sub/xhr').then(() => { document.title = 'fetched'; }, () => { document.title = 'fetched'; });${extra}</script>`;

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;
let admin: ReturnType<typeof adminOf>;

const since = (mark: number) => sites.requests.slice(mark);
const header = (r: SiteRequest, name: string) => r.headers[name.toLowerCase()];

async function visitAll(): Promise<number> {
  const mark = sites.requests.length;
  for (const url of [
    'https://chatgpt.com/c/1',
    'https://claude.ai/new',
    ...OTHER_HOSTS.map((h) => `https://${h}/`),
  ]) {
    const tab = await visitTool(browser, url);
    await waitFor(`the sub-resources of ${url}`, async () => (await tab.title()) === 'fetched');
    await tab.close();
  }
  await waitFor('the api.anthropic.com call', async () =>
    since(mark).some((r) => r.host === 'api.anthropic.com'),
  );
  return mark;
}

beforeAll(async () => {
  sites = await startAiSites({
    pages: {
      'chatgpt.com': page('chatgpt.com'),
      'claude.ai': page(
        'claude.ai',
        "fetch('https://api.anthropic.com/v1/organizations').catch(() => undefined);",
      ),
      ...Object.fromEntries(OTHER_HOSTS.map((h) => [h, page(h)])),
    },
  });
  server = await startLanternServer();
  admin = adminOf(server);
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'lin@example.com',
    pullIntervalSeconds: 30,
  });
  browser = await launchExtensionBrowser({
    hostRules: sites.hostRules(['chatgpt.com', 'claude.ai', 'api.anthropic.com', ...OTHER_HOSTS]),
  });
  await waitFor(
    'enrolment and a first config',
    async () => (await readExtensionStore(browser, 'config', 'current')) !== undefined,
    {
      timeoutMs: 45_000,
    },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
});

const decide = (toolId: string, companyWorkspace: { ids: string[]; link: string | null } | null) =>
  admin.decisions.set({
    toolId,
    status: 'approved',
    enforcement: 'inform',
    conditions: null,
    allowedDataClasses: [],
    alternativeToolId: null,
    companyWorkspace,
  });

describe('company workspace only, from the browser', () => {
  it('sends nothing before an admin sets it', async () => {
    const mark = await visitAll();
    for (const r of since(mark)) {
      expect(header(r, 'ChatGPT-Allowed-Workspace-Id'), `${r.host}${r.path}`).toBeUndefined();
      expect(header(r, 'anthropic-allowed-org-ids'), `${r.host}${r.path}`).toBeUndefined();
    }
  }, 90_000);

  it("adds the vendor header with the configured value on the vendor's hosts, top-level and sub-resources, and nowhere else", async () => {
    await decide('chatgpt', { ids: [WORKSPACE], link: 'https://chatgpt.com/?workspace=acme' });
    await decide('claude', { ids: [ORG], link: null });
    await syncNow(browser);
    const mark = await visitAll();
    const seen = since(mark);
    const chatgpt = seen.filter((r) => r.host === 'chatgpt.com');
    expect(chatgpt.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/c/1', '/sub/pixel.png', '/sub/app.js', '/sub/frame', '/sub/xhr']),
    );
    for (const r of chatgpt) expect(header(r, 'ChatGPT-Allowed-Workspace-Id'), r.path).toBe(WORKSPACE);
    const anthropic = seen.filter((r) => r.host === 'claude.ai' || r.host === 'api.anthropic.com');
    expect(anthropic.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/new', '/sub/xhr', '/v1/organizations']),
    );
    for (const r of anthropic) {
      expect(header(r, 'anthropic-allowed-org-ids'), `${r.host}${r.path}`).toBe(ORG);
      expect(header(r, 'ChatGPT-Allowed-Workspace-Id')).toBeUndefined();
    }
    const others = seen.filter((r) => OTHER_HOSTS.includes(r.host));
    expect(others.length).toBeGreaterThanOrEqual(OTHER_HOSTS.length * 4);
    for (const r of others) {
      expect(header(r, 'ChatGPT-Allowed-Workspace-Id'), `${r.host}${r.path}`).toBeUndefined();
      expect(header(r, 'anthropic-allowed-org-ids'), `${r.host}${r.path}`).toBeUndefined();
    }
  }, 90_000);

  it('tells the employee to use the company workspace, with the admin link', async () => {
    const tab = await visitTool(browser, 'https://chatgpt.com/');
    await expect.poll(() => noticeText(tab), { timeout: 15_000 }).toContain('Use the company workspace');
    expect(await noticeText(tab)).toContain('Open the company workspace');
    await tab.close();
  }, 30_000);

  it('stops sending the header once the admin removes the restriction', async () => {
    await decide('chatgpt', null);
    await decide('claude', null);
    await syncNow(browser);
    const mark = await visitAll();
    const seen = since(mark);
    expect(seen.some((r) => r.host === 'chatgpt.com')).toBe(true);
    for (const r of seen) {
      expect(header(r, 'ChatGPT-Allowed-Workspace-Id'), `${r.host}${r.path}`).toBeUndefined();
      expect(header(r, 'anthropic-allowed-org-ids'), `${r.host}${r.path}`).toBeUndefined();
    }
  }, 90_000);
});
