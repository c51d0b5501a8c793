// The dashboard's everyday loop at 1280 px (issue 17): the inventory fits and keeps its header in
// view, bypass reasons are visible, the policy rollout reads the same everywhere, and the small
// fixes hold. A real Chromium against a real server with a seeded organisation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, uuidv7 } from '@lantern/shared';
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
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, enrolDevice, ensureDashboardBuilt, signIn } from './dashboard-helpers';

let handle: DatabaseHandle;
let server: RunningServer;
let browser: Browser;
let page: Page;
let adminToken = '';

beforeAll(async () => {
  ensureDashboardBuilt();
  handle = createDatabase('sqlite::memory:');
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, { people: 80, days: 60 });
  adminToken = (await createApiToken(handle.db, 'admin', 'Dana (IT admin)')).token;
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, server.url, adminToken);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await handle?.close();
});

describe('the inventory at 1280 px', () => {
  it('fits without clipping a column, one line per row, and keeps the header in view', async () => {
    await page.goto(`${server.url}/#/inventory`);
    const table = page.getByRole('table', { name: 'AI tools in the inventory' });
    await table.getByRole('link', { name: 'ChatGPT' }).waitFor();
    const box = page.getByRole('region', { name: 'AI tools in the inventory' });
    const fit = await box.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      rows: Array.from(el.querySelectorAll('tbody tr')).map((tr) => tr.getBoundingClientRect().height),
      header: el.querySelector('thead tr')!.getBoundingClientRect().height,
    }));
    expect(fit.scroll, 'no column is cut off').toBeLessThanOrEqual(fit.client);
    // One line each: no row taller than one line of badges (the header row is one line too).
    expect(Math.max(...fit.rows)).toBeLessThan(fit.header * 1.6);

    const flag = table
      .getByRole('img', { name: /Possible high-risk use|Personal data, not approved/ })
      .first();
    expect(await flag.getAttribute('title')).toBe(await flag.getAttribute('aria-label'));

    await box.evaluate((el) => el.scrollBy(0, 400));
    const header = table.getByRole('columnheader', { name: /People/ });
    const [boxTop, headerTop] = await Promise.all([
      box.evaluate((el) => el.getBoundingClientRect().top),
      header.evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(Math.abs(headerTop - boxTop)).toBeLessThan(3);
  });

  it('exports exactly the filtered, sorted view', async () => {
    await page.goto(`${server.url}/#/inventory?status=prohibited&sort=name&order=asc`);
    const table = page.getByRole('table', { name: 'AI tools in the inventory' });
    const names = () => table.locator('tbody tr td:first-child a').allTextContents();
    const statuses = () => table.locator('tbody tr td:nth-child(3) .badge').allTextContents();
    await expect.poll(async () => [...new Set(await statuses())]).toEqual(['Prohibited']);
    const shown = await names();
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV of the tools in this view' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => r[header.indexOf('name')])).toEqual(shown);
    expect(new Set(rows.map((r) => r[header.indexOf('status')]))).toEqual(new Set(['prohibited']));

    // A filter the dashboard would never send is refused with a reason, not ignored.
    const refused = await page.evaluate(async () => {
      const res = await fetch('api/export/inventory.csv?status=everything', { credentials: 'same-origin' });
      return { status: res.status, body: await res.text() };
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/bad filter: status/);
  });
});

describe('bypasses, visible where decisions are made', () => {
  it('shows reasons given to open a prohibited tool on the overview, the tool page and the person page', async () => {
    // Two people open a prohibited tool with a reason this week, through the device protocol.
    const enrolment = (await createEnrolmentToken(handle.db, { name: 'bypass test' })).token;
    const reasons = [
      ['kim.lee@meridian-freight.example', 'Customer sent a file only this tool opens'],
      ['ola.berg@meridian-freight.example', 'Checking a competitor feature for the roadmap'],
      ['kim.lee@meridian-freight.example', 'Second try at the customer file'],
    ] as const;
    for (const [i, [email, reason]] of reasons.entries()) {
      const device = await enrolDevice(server.url, enrolment, email);
      const at = Date.now() - (i + 1) * 3_600_000;
      await device.push([{ id: uuidv7(at), at, kind: 'justification', toolId: 'deepseek', reason }]);
    }
    const since = Date.now() - 7 * 86_400_000;
    const recent = await handle.db
      .selectFrom('justifications')
      .innerJoin('users', 'users.id', 'justifications.user_id')
      .select(['tool_id', 'reason', 'user_id', 'email', 'at'])
      .where('at', '>=', since)
      .orderBy('at', 'desc')
      .execute();
    expect(recent.length, 'the seed gives reasons in the last week').toBeGreaterThan(0);

    await page.goto(`${server.url}/#/overview`);
    await page.reload();
    const card = page.getByRole('link', { name: /Opened with a reason \(7 days\)/ });
    await expect.poll(() => card.innerText()).toContain(String(recent.length));
    await card.click();
    const all = page.getByRole('table', { name: 'Reasons given to open prohibited tools' });
    await all.getByRole('cell', { name: recent[0]!.reason }).first().waitFor();
    expect(await all.locator('tbody tr').count()).toBe(Math.min(recent.length, 50));

    const newest = recent[0]!;
    await page.goto(`${server.url}/#/tools/${newest.tool_id}`);
    const onTool = page.getByRole('table', { name: 'Reasons given to open this tool' });
    await onTool.getByRole('cell', { name: newest.reason }).first().waitFor();
    await onTool.getByRole('link', { name: newest.email! }).first().click();
    await page.waitForURL(new RegExp(`#/users/${newest.user_id}$`));
    const onPerson = page.getByRole('table', { name: 'Reasons this person gave to open prohibited tools' });
    await onPerson.getByRole('cell', { name: newest.reason }).first().waitFor();

    // The period filter narrows the list, and the export carries it.
    const mine = await handle.db
      .selectFrom('justifications')
      .select('reason')
      .where('user_id', '=', newest.user_id)
      .where('at', '>=', since)
      .execute();
    await page.getByLabel('Period').selectOption('7');
    await expect.poll(() => onPerson.locator('tbody tr').count()).toBe(Math.min(mine.length, 10));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^CSV of reasons this person gave/ }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('id,person,device_id,tool_id,reason,justified_at');
    expect(csv.length - 1).toBe(mine.length);
    expect(csv.slice(1).every((l) => l.includes(newest.email!))).toBe(true);
  });
});

describe('the policy rollout', () => {
  it('shows one figure for "accepted the current policy" on the overview and the Policies page, and a grace period', async () => {
    await page.goto(`${server.url}/#/overview`);
    await page.reload();
    const card = page.getByRole('link', { name: /Accepted the current policy/ });
    const overviewFigure = /(\d+) of (\d+) AI users/.exec(await card.innerText())!;
    expect(overviewFigure).not.toBeNull();

    await page.goto(`${server.url}/#/policies`);
    const rollout = page.getByRole('region', { name: /Rollout of v\d+/ });
    await rollout.waitFor();
    const accepted = rollout.locator('.stat').filter({ hasText: /^Accepted v/ });
    expect(await accepted.innerText()).toContain(`${overviewFigure[1]} of ${overviewFigure[2]} AI users`);
    await page
      .getByRole('cell', { name: `${overviewFigure[1]} of ${overviewFigure[2]} (`, exact: false })
      .waitFor();
    await rollout.getByRole('img', { name: /where they stand on the policy/ }).waitFor();

    const stat = (label: string) =>
      rollout
        .locator('.stat')
        .filter({ has: page.locator('.stat-label', { hasText: new RegExp(`^${label}$`) }) });
    const figure = async (label: string) =>
      Number((await stat(label).locator('.stat-value').innerText()).replace(/,/g, ''));
    const earlier = await figure('On an earlier version');
    expect(earlier, 'the seed has people still on v1').toBeGreaterThan(0);
    expect(await figure('In grace')).toBe(0);

    await rollout.getByLabel('Grace period after publishing (days)').fill('365');
    await rollout.getByRole('button', { name: 'Save grace period' }).click();
    await expect.poll(() => figure('In grace')).toBe(earlier);
    expect(await figure('On an earlier version')).toBe(0);
    const stored = await handle.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'policyGraceDays')
      .executeTakeFirst();
    expect(stored?.value).toBe('365');
  });
});

describe('small fixes', () => {
  it("draws the tool page's charts inside their boxes, with their numbers as text beside them", async () => {
    await page.goto(`${server.url}/#/tools/chatgpt`);
    const chart = page.getByRole('img', { name: 'Registered purposes' });
    await chart.locator('canvas').waitFor();
    // The charts are canvas (uPlot): each must be drawn (inked pixels) and fit inside its figure.
    const drawn = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.chart-canvas')).map((box) => {
        const canvas = box.querySelector('canvas');
        const figure = box.closest('figure')!.getBoundingClientRect();
        const rect = canvas?.getBoundingClientRect();
        const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
        const inside = !!rect && rect.left >= figure.left - 0.5 && rect.right <= figure.right + 0.5;
        return { title: box.closest('figure')!.querySelector('figcaption')!.textContent, inside, inked };
      }),
    );
    expect(drawn).toHaveLength(4);
    for (const c of drawn) {
      expect(c.inside, c.title ?? '').toBe(true);
      expect(c.inked, c.title ?? '').toBeGreaterThan(200);
    }
    // The canvas shortens long labels; the chart's table has every one in full.
    const purposes = page.getByRole('table', { name: 'Registered purposes' });
    expect(await purposes.getByRole('rowheader').count()).toBeGreaterThan(0);
  });

  it('keeps the bulk-edit panel in view while the list scrolls', async () => {
    await page.goto(`${server.url}/#/approved`);
    const table = page.getByRole('table', { name: 'Decisions per tool' });
    await table.getByRole('checkbox').first().check();
    const editor = page.getByRole('form', { name: /^Change 1 selected tool/ });
    await editor.waitFor();
    const inView = async () => {
      const box = (await editor.boundingBox())!;
      return box.y >= 0 && box.y < 800 && box.height > 0;
    };
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inView(), 'visible from the top of the list').toBe(true);
    await table.getByRole('checkbox').first().uncheck();
  });

  it('builds without a chunk-size warning (a `(!)` line in `pnpm start` reads like an error)', () => {
    const assets = fileURLToPath(new URL('../../server/dashboard/dist/assets/', import.meta.url));
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const f of scripts) expect(statSync(join(assets, f)).size, f).toBeLessThan(800 * 1024);
  });

  it("carries no copy of the catalog: names and searches come from the server's catalog in use", () => {
    const assets = fileURLToPath(new URL('../../server/dashboard/dist/assets/', import.meta.url));
    const text = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    // Every 25th catalog hostname (not the first ones: a page may name chatgpt.com as an example): no page
    // names them, so finding them means the catalog's data was bundled.
    const hosts = catalog.flatMap((t) => t.domains).filter((_, i) => i % 25 === 12);
    expect(hosts.length).toBeGreaterThan(100);
    expect(hosts.filter((h) => text.includes(`"${h}"`))).toEqual([]);
  });
});
