import { createApiToken } from '@lantern/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './dashboard-helpers';
import { extensionUrl, rows, visitTool } from './experience-helpers';
import { noticeText } from './notice-probe';
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

// Issue 17 item 1 / issue 16 item 4, end to end in Chromium: an employee asks for a prohibited tool,
// an admin approves it for this person in the dashboard, and the employee hears back at once — a
// notification and the toolbar badge, "Check again" on the blocked page opens the tool, and the
// tool's notice says "Approved for you". Nobody waits for the scheduled pull.

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;
let adminToken: string;

beforeAll(async () => {
  sites = await startAiSites();
  server = await startLanternServer();
  adminToken = (await createApiToken(server.server.db, 'admin', 'Dana (IT admin)')).token;
  await server.setDecision({ toolId: 'claude', status: 'prohibited', enforcement: 'block' });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'grace@example.com',
    // The longest interval a test can wait out is beside the point: the test never waits for it.
    pullIntervalSeconds: 3600,
  });
  browser = await launchExtensionBrowser({ hostRules: sites.hostRules(['claude.ai']) });
  await waitFor(
    'the config with the decision',
    async () =>
      (await readExtensionStore<{ decisions: unknown[] }>(browser, 'config', 'current'))?.decisions.length ===
      1,
    { timeoutMs: 45_000 },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
});

/** What the extension shows outside its pages: its notifications and the toolbar badge. */
const outside = () =>
  browser.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          notifications: { getAll(): Promise<Record<string, boolean>> };
          action: { getBadgeText(details: object): Promise<string> };
        };
      }
    ).chrome;
    return {
      notifications: Object.keys(await c.notifications.getAll()),
      badge: await c.action.getBadgeText({}),
    };
  });

describe('an answered request, as the employee meets it', () => {
  it('reaches the employee at once after "approve for this person" in the dashboard', async () => {
    const blocked = await browser.context.newPage();
    await blocked.goto('https://claude.ai/', { waitUntil: 'load' }).catch(() => undefined);
    await blocked.waitForURL(extensionUrl('/blocked.html?tool=claude'));
    await blocked.getByLabel('What would you use it for?').fill('Long contract summaries');
    await blocked.getByRole('button', { name: 'Request approval' }).click();
    await blocked.getByRole('heading', { name: 'Approval requested' }).waitFor();
    // Before any answer, checking again keeps the page and says so.
    await rows('the request on the server', () =>
      server.server.db.selectFrom('requests').selectAll().execute(),
    );
    await blocked.getByRole('button', { name: 'Check again' }).click();
    await blocked.getByText('No answer yet. Lantern will tell you as soon as IT answers.').waitFor();
    expect(await outside()).toEqual({ notifications: [], badge: '' });

    // The admin, in the dashboard: approve for this person until a date 30 days ahead.
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const dashboard = await browser.context.newPage();
    await signIn(dashboard, server.url, adminToken);
    await dashboard.goto(`${server.url}/#/requests`);
    await dashboard
      .getByRole('button', { name: 'Answer the request for Claude from grace@example.com' })
      .click();
    await dashboard.getByLabel('Note to the requester (optional)').fill('For the contracts project');
    await dashboard.getByLabel(/Approved for this person until/).fill(until);
    await dashboard.getByRole('button', { name: 'Approve Claude for this person' }).click();
    await dashboard.getByText('No requests here.').waitFor();
    const [exception] = await server.server.db.selectFrom('tool_exceptions').selectAll().execute();
    expect(exception).toMatchObject({
      tool_id: 'claude',
      note: 'For the contracts project',
      revoked_at: null,
    });
    expect(new Date(Number(exception!.until)).toISOString().slice(0, 10)).toBe(until);
    // The tool page shows who holds it.
    await dashboard.goto(`${server.url}/#/tools/claude`);
    const section = dashboard.getByRole('region', { name: 'Approved for one person (exceptions)' });
    await section.getByRole('link', { name: 'grace@example.com' }).waitFor();
    expect(await section.textContent()).toContain('In force');

    // "Check again" pulls now and opens the tool.
    await blocked.getByRole('button', { name: 'Check again' }).click();
    await blocked.waitForURL('https://claude.ai/', { timeout: 15_000 });
    expect(await blocked.title()).toBe('claude.ai');
    expect(sites.requests.some((r) => r.host === 'claude.ai')).toBe(true);

    // The pull brought the answer: one notification, and the badge counts it.
    await expect.poll(outside, { timeout: 10_000 }).toEqual({
      notifications: ['lantern-answer:claude'],
      badge: '1',
    });
    // The tool's notice (registration still owed) says it is approved for this person.
    const again = await visitTool(browser, 'https://claude.ai/new');
    await expect.poll(() => noticeText(again), { timeout: 15_000 }).toContain('Approved for you');
    expect(await noticeText(again)).not.toContain('Not approved');

    // Opening the popup is reading the answer: the badge goes, the answer is listed.
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl('/popup.html'));
    await popup.getByRole('heading', { name: 'Answers to your requests' }).waitFor();
    expect(await popup.getByText('For the contracts project').count()).toBe(1);
    await expect.poll(async () => (await outside()).badge, { timeout: 10_000 }).toBe('');
    await Promise.all([blocked.close(), dashboard.close(), again.close(), popup.close()]);
  }, 180_000);
});
