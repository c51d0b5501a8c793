// The dashboard's everyday loop at 1280 px (issue 17): the inventory fits and keeps its header in
// view, bypass reasons are visible, the policy rollout reads the same everywhere, and the small
// fixes hold. A real Chromium against a real server with a seeded organisation.
import { readFileSync } from 'node:fs';
import { createApiToken, createDatabase, migrateToLatest, startServer } from '@lantern/server';
import type { DatabaseHandle, RunningServer } from '@lantern/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/seed/demo';
import { CHROMIUM_ARGS, ensureDashboardBuilt, signIn } from './dashboard-helpers';

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
