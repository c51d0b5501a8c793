// The admin dashboard in a real Chromium against a real server on 127.0.0.1:0 with a seeded
// organisation: sign-in, a decision that reaches a device's pull, a policy, a request answered,
// an export downloaded, and an auditor who can see but not change. Screenshots go to docs/.
import { readFileSync } from 'node:fs';
import { catalog, uuidv7, type DecisionInput } from '@lantern/shared';
import {
  createApiToken,
  createDatabase,
  createEnrolmentToken,
  migrateToLatest,
  startServer,
  type DatabaseHandle,
  type RunningServer,
  seedDemo,
} from '@lantern/server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  adminCall,
  callFromPage,
  enrolDevice,
  ensureDashboardBuilt,
  screenshot,
  signIn,
  unlabelledControls,
} from './dashboard-helpers';

let handle: DatabaseHandle;
let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;
const tokens = { admin: '', auditor: '', enrolment: '' };

beforeAll(async () => {
  ensureDashboardBuilt();
  handle = createDatabase('sqlite::memory:');
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, { people: 120, days: 90 });
  tokens.admin = (await createApiToken(handle.db, 'admin', 'Dana (IT admin)')).token;
  tokens.auditor = (await createApiToken(handle.db, 'auditor', 'External auditor')).token;
  tokens.enrolment = (await createEnrolmentToken(handle.db, { name: 'E2E laptops' })).token;
  // The dashboard fires a handful of queries per page; the default per-session bucket is for devices.
  server = await startServer({
    database: handle,
    port: 0,
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await admin.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
});

/** Screenshots a page for docs/ and checks on the way that every form control on it has a label. */
async function capture(on: Page, name: string): Promise<void> {
  await screenshot(on, name);
  expect(await unlabelledControls(on), `unlabelled controls on ${name}`).toEqual([]);
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await handle?.close();
});

describe('admin dashboard', () => {
  it('signs an admin in with a token and shows the overview of the seeded organisation', async () => {
    await page.goto(`${server.url}/`);
    await capture(page, 'sign-in');
    await page.getByLabel('Access token').fill('not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();

    await signIn(page, server.url, tokens.admin);
    const cookies = await admin.cookies();
    const session = cookies.find((c) => c.name === 'lantern_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('lantern_session');
    await page.getByText('AI tools in use (30 days)').waitFor();
    await page.getByRole('img', { name: /Adoption/ }).waitFor();
    await capture(page, 'overview');
  });

  it('filters, searches and sorts the inventory on the server', async () => {
    await page.goto(`${server.url}/#/inventory`);
    const table = page.getByRole('table', { name: 'AI tools in the inventory' });
    await table.getByRole('link', { name: 'ChatGPT' }).waitFor();
    await capture(page, 'inventory');

    await page.getByLabel('Status').selectOption('prohibited');
    await page.waitForURL(/status=prohibited/);
    const statuses = () => table.locator('tbody td:nth-child(3) .badge').allTextContents();
    await expect.poll(async () => [...new Set(await statuses())]).toEqual(['Prohibited']);

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search').fill('copilot');
    await page.waitForURL(/q=copilot/);
    await expect
      .poll(async () =>
        (await table.locator('tbody tr td:first-child a').allTextContents()).every((t) => /copilot/i.test(t)),
      )
      .toBe(true);

    await page.getByRole('button', { name: /People/ }).click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: /People/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    await page.waitForURL(/order=asc/);
  });

  it('changes a decision, and an enrolled browser pulls it', async () => {
    const device = await enrolDevice(server.url, tokens.enrolment, 'sam.field@meridian-freight.example');
    const before = await device.pull(0);
    if (before.unchanged) throw new Error('first pull must carry the config');
    expect(before.config.decisions.find((d) => d.toolId === 'claude')?.status).toBe('review');

    await page.goto(`${server.url}/#/tools/claude`);
    await page.getByRole('heading', { name: 'Claude', level: 1 }).waitFor();
    const editor = page.getByRole('form', { name: 'Decision for Claude' });
    await editor.getByLabel('Status').selectOption('conditional');
    await editor
      .getByLabel('Conditions (shown to employees, who accept them)')
      .fill('Team plan only. No customer personal data.');
    await editor.getByLabel('Internal').check();
    await editor.getByRole('button', { name: 'Save decision' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await capture(page, 'tool');

    const after = await device.pull(before.configVersion);
    if (after.unchanged) throw new Error('the pull after a decision must not be "unchanged"');
    expect(after.configVersion).toBeGreaterThan(before.configVersion);
    const claude = after.config.decisions.find((d) => d.toolId === 'claude');
    expect(claude).toMatchObject({
      status: 'conditional',
      enforcement: 'acknowledge',
      conditions: 'Team plan only. No customer personal data.',
    });
    expect(claude?.allowedDataClasses).toContain('internal');
  });

  it("links each person on a tool's page to their own page", async () => {
    await page.goto(`${server.url}/#/tools/chatgpt`);
    const people = page.getByRole('table', { name: 'People using this tool' });
    const first = people.getByRole('link').first();
    const who = await first.innerText();
    await first.click();
    await page.waitForURL(/#\/users\/[^/?]+$/);
    await page.getByRole('heading', { name: who, level: 1 }).waitFor();
    await page
      .getByRole('table', { name: 'Tools this person used' })
      .getByRole('link', { name: 'ChatGPT' })
      .waitFor();
  });

  it('shows the approved-tool list with when browsers pick changes up', async () => {
    await page.goto(`${server.url}/#/approved`);
    await page
      .getByRole('table', { name: 'Decisions per tool' })
      .getByRole('link', { name: 'Claude' })
      .waitFor();
    await page
      .getByText(/Config version \d+. Browsers check every 5 min: every online browser has the last change/)
      .waitFor();
    await capture(page, 'approved');
  });

  it('pages, searches, filters and sorts the approved-tool list on the server, and changes tools from two pages at once', async () => {
    // More decisions than one page holds: 60 catalog tools prohibited in advance by a script.
    const before = await handle.db.selectFrom('decisions').select('tool_id').execute();
    const decided = new Set(before.map((r) => r.tool_id));
    const extra = catalog.filter((t) => !decided.has(t.id)).slice(0, 60);
    const decisions: DecisionInput[] = extra.map((t, i) => ({
      toolId: t.id,
      status: 'prohibited',
      enforcement: i % 2 ? 'justify' : 'block',
      conditions: null,
      allowedDataClasses: [],
      alternativeToolId: i % 3 === 0 ? 'chatgpt' : null,
    }));
    await adminCall(server.url, tokens.admin, 'admin.decisions.setMany', { decisions });
    const total = decided.size + extra.length;
    const calls: string[] = [];
    const onRequest = (r: { url: () => string }) => {
      if (r.url().includes('/trpc/')) calls.push(decodeURIComponent(new URL(r.url()).pathname));
    };
    page.on('request', onRequest);

    // The tab is on this page already: load it afresh to see the new decisions.
    await page.goto(`${server.url}/#/approved`);
    await page.reload();
    const table = page.getByRole('table', { name: 'Decisions per tool' });
    const names = () => table.locator('tbody tr td:nth-child(2) a').allTextContents();
    const pages = page.getByRole('navigation', { name: 'Decision pages' });
    await pages.getByText(`Showing 1–50 of ${total}`).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(50);
    const first = await names();
    await pages.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    await pages.getByText(`Showing 51–${Math.min(100, total)} of ${total}`).waitFor();
    // The first page stays on screen until the second arrives.
    await expect.poll(async () => (await names())[0]).not.toBe(first[0]);
    const second = await names();
    expect(second.filter((n) => first.includes(n))).toEqual([]);
    expect([...first, ...second]).toEqual(
      [...first, ...second].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );

    // Search by name, then by what the browser does: each is a new query to the server.
    const target = extra[7]!;
    await page.getByLabel('Search').fill(target.name);
    await page.waitForURL(/q=/);
    await expect.poll(names).toContain(target.name);
    expect(page.url()).not.toMatch(/page=2/);
    await page.getByLabel('Search').fill('');
    await page.waitForURL((url) => !url.hash.includes('q='));
    await page.getByLabel('In the browser').selectOption('justify');
    await page.waitForURL(/enf=justify/);
    const enforcement = () => table.locator('tbody tr td:nth-child(4)').allTextContents();
    await expect.poll(async () => [...new Set(await enforcement())]).toEqual(['Justify to continue']);
    await page.getByLabel('In the browser').selectOption('');

    // The newest decisions first: the 60 just made fill page one and start page two.
    await page.getByRole('button', { name: /Decided/ }).click();
    await page.waitForURL(/sort=decidedAt&order=desc|order=desc&sort=decidedAt/);
    const mine = new Set(extra.map((t) => t.name));
    await expect.poll(async () => (await names()).every((n) => mine.has(n))).toBe(true);
    const pick1 = (await names())[0]!;
    await table.getByRole('checkbox', { name: `Select ${pick1}` }).check();
    await pages.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(async () => (await names())[0] !== pick1 && mine.has((await names())[0]!)).toBe(true);
    const pick2 = (await names())[0]!;
    await table.getByRole('checkbox', { name: `Select ${pick2}` }).check();
    await page.getByText('2 selected (up to 500 at once)').waitFor();
    const note = page.getByRole('note').filter({ hasText: 'Config version' });
    const versionOf = async () => Number(/Config version (\d+)/.exec(await note.innerText())?.[1]);
    const versionBefore = await versionOf();

    const editor = page.getByRole('form', { name: 'Change 2 selected tools' });
    await editor.getByLabel('Status').selectOption('review');
    await editor.getByRole('button', { name: 'Apply to 2 tools' }).click();
    await page.getByText('Saved 2 decisions.').waitFor();
    await expect.poll(versionOf).toBeGreaterThan(versionBefore);
    const ids = extra.filter((t) => t.name === pick1 || t.name === pick2).map((t) => t.id);
    const stored = await handle.db
      .selectFrom('decisions')
      .select(['tool_id', 'status', 'enforcement', 'alternative_tool_id'])
      .where('tool_id', 'in', ids)
      .execute();
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      const was = decisions.find((d) => d.toolId === row.tool_id)!;
      expect(row).toMatchObject({
        status: 'review',
        enforcement: 'acknowledge',
        alternative_tool_id: was.alternativeToolId,
      });
    }

    // No request for the whole list, and none for every tool's name.
    page.off('request', onRequest);
    expect(calls.some((c) => c.includes('admin.decisions.page'))).toBe(true);
    expect(calls.filter((c) => /admin\.(decisions|tools)\.list/.test(c))).toEqual([]);
  });

  it('publishes a new policy version that browsers then receive', async () => {
    const device = await enrolDevice(server.url, tokens.enrolment, 'pat.policy@meridian-freight.example');
    const before = await device.pull(0);
    if (before.unchanged) throw new Error('first pull must carry the config');
    expect(before.config.policy?.version).toBe(2);

    await page.goto(`${server.url}/#/policies`);
    const body = page.getByLabel('Policy text (Markdown)');
    await body.waitFor();
    await body.fill(
      `${await body.inputValue()}\n## Meeting recordings\nDo not let AI note-takers join customer calls.\n`,
    );
    await page
      .getByRole('region', { name: 'Preview' })
      .getByRole('heading', { name: 'Meeting recordings' })
      .waitFor();
    await page.getByLabel(/What changed/).fill('AI note-takers may not join customer calls.');
    await capture(page, 'policies');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByText('Version 3 is published').waitFor();
    await page.getByRole('cell', { name: 'v3 (current)' }).waitFor();

    const after = await device.pull(before.configVersion);
    if (after.unchanged) throw new Error('the pull after publishing must not be "unchanged"');
    expect(after.config.policy).toMatchObject({
      version: 3,
      changeSummary: 'AI note-takers may not join customer calls.',
    });
    expect(after.config.policy?.body).toContain('## Meeting recordings');
  });

  it("approves a request, and the answer reaches the requester's browser", async () => {
    const email = 'robin.request@meridian-freight.example';
    const device = await enrolDevice(server.url, tokens.enrolment, email);
    const id = uuidv7();
    await device.push([
      {
        id,
        at: Date.now(),
        kind: 'approval_request',
        toolId: 'perplexity',
        reason: 'Research on port congestion.',
      },
    ]);

    await page.goto(`${server.url}/#/requests`);
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: /Answer the request/ }).click();
    await capture(page, 'requests');
    await row
      .getByLabel('Note to the requester (optional)')
      .fill('Approved for public sources; see the conditions.');
    await row.getByRole('button', { name: /^Approve .* for this person$/ }).click();
    await row.waitFor({ state: 'detached' });

    const pulled = await device.pull(0);
    if (pulled.unchanged) throw new Error('first pull must carry the config');
    expect(pulled.config.requests.find((r) => r.id === id)).toMatchObject({
      status: 'approved',
      note: 'Approved for public sources; see the conditions.',
    });
    // For this person: an exception for them, not a decision for everyone.
    expect(pulled.config.exceptions).toMatchObject([{ toolId: 'perplexity', until: null }]);
  });

  it('downloads the inventory as CSV through the session', async () => {
    await page.goto(`${server.url}/#/exports`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV of the ai system inventory' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/^lantern-inventory.*\.csv$/);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(10);
    expect(csv).toContain('ChatGPT');
    await capture(page, 'exports');
  });

  it('keeps the remaining pages current in the screenshots', async () => {
    await page.goto(`${server.url}/#/users`);
    const people = page.getByRole('table', { name: 'People using AI tools' });
    await people.getByRole('link').first().waitFor();
    await capture(page, 'people');
    await people.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Policy acceptance' }).waitFor();
    await capture(page, 'person');
    await page.goto(`${server.url}/#/policies`);
    const rollout = page.getByRole('region', { name: /Rollout of v\d+/ });
    await rollout.getByRole('img', { name: /where they stand on the policy/ }).waitFor();
    await rollout.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: /Rollout of v\d+/ }).evaluate((h) => h.scrollIntoView());
    await capture(page, 'policy-rollout');
    await page.goto(`${server.url}/#/bypasses?days=all`);
    await page
      .getByRole('table', { name: 'Reasons given to open prohibited tools' })
      .locator('tbody tr')
      .first()
      .waitFor();
    await capture(page, 'bypasses');
    await page.goto(`${server.url}/#/devices`);
    await page
      .getByRole('table', { name: 'Devices' })
      .getByRole('button', { name: /Revoke/ })
      .first()
      .waitFor();
    await capture(page, 'devices');
    await page.goto(`${server.url}/#/settings`);
    await page.getByRole('table', { name: 'Enrolment tokens' }).getByText('E2E laptops').waitFor();
    await capture(page, 'settings');
  });

  it('lets an auditor see everything and change nothing, in the page and at the API', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const auditor = await context.newPage();
      await signIn(auditor, server.url, tokens.auditor);
      await auditor.getByText('Auditor (read-only)').waitFor();

      await auditor.goto(`${server.url}/#/tools/chatgpt`);
      await auditor
        .getByRole('region', { name: 'Decision' })
        .getByText('Approved with conditions')
        .first()
        .waitFor();
      expect(await auditor.getByRole('button', { name: 'Save decision' }).count()).toBe(0);
      await capture(auditor, 'auditor-tool');

      await auditor.goto(`${server.url}/#/requests`);
      await auditor.getByText(/you can see everything here but not change it/).waitFor();
      expect(await auditor.getByRole('button', { name: /Answer/ }).count()).toBe(0);
      await auditor.goto(`${server.url}/#/policies`);
      await auditor.getByRole('cell', { name: 'v3 (current)' }).waitFor();
      expect(await auditor.getByRole('button', { name: 'Publish new version' }).count()).toBe(0);

      const change = {
        toolId: 'chatgpt',
        status: 'prohibited',
        enforcement: 'block',
        conditions: null,
        allowedDataClasses: [],
        alternativeToolId: null,
      };
      expect(await callFromPage(auditor, 'admin.decisions.set', change)).toBe(403);
      expect(
        await callFromPage(auditor, 'admin.policies.publish', { title: 'x', body: 'x', changeSummary: null }),
      ).toBe(403);
      const bearer = await fetch(`${server.url}/trpc/admin.decisions.set`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.auditor}` },
        body: JSON.stringify(change),
      });
      expect(bearer.status).toBe(403);
      const stored = await handle.db
        .selectFrom('decisions')
        .select('status')
        .where('tool_id', '=', 'chatgpt')
        .executeTakeFirstOrThrow();
      expect(stored.status).toBe('conditional');
    } finally {
      await context.close();
    }
  });

  it('signs out from a second tab, and the session stops working everywhere', async () => {
    // A tab opened after sign-in (a link opened in a new tab) can still act and sign out.
    const second = await page.context().newPage();
    await second.goto(page.url());
    await second.getByRole('button', { name: 'Sign out' }).click();
    await second.getByLabel('Access token').waitFor();
    await second.close();
    await page.reload();
    await page.getByLabel('Access token').waitFor();
    expect(await callFromPage(page, 'admin.decisions.set', {})).toBe(401);
  });
});
