// Dashboard sign-in through a real OpenID Provider (panva's oidc-provider on 127.0.0.1) in a real
// Chromium: the dashboard offers single sign-on, the provider's login form signs the person in, and
// they land on the dashboard with the role their group maps to; a person in no mapped group is refused.
import { createDatabase, migrateToLatest, type DatabaseHandle, DEFAULT_DASHBOARD_DIR } from '@lantern/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcTestbed, type OidcTestbed } from '@lantern/server/testing';
import { CHROMIUM_ARGS, ensureDashboardBuilt } from './dashboard-helpers';

let handle: DatabaseHandle;
let bed: OidcTestbed;
let browser: Browser;

beforeAll(async () => {
  ensureDashboardBuilt();
  handle = createDatabase('sqlite::memory:');
  await migrateToLatest(handle.db);
  bed = await startOidcTestbed(handle, {
    dashboardDir: DEFAULT_DASHBOARD_DIR,
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await bed?.close();
  await handle?.close();
});

/** From the dashboard's sign-in page through the provider's login form, as a person would. */
async function signInAs(login: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${bed.lanternUrl}/`);
  await page.getByRole('link', { name: 'Sign in with your organisation account' }).click();
  await page.waitForURL((u) => u.origin === bed.provider.issuer);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL((u) => u.origin === bed.lanternUrl);
  return page;
}

describe('dashboard sign-in through the organisation identity provider', () => {
  it('brings an admin back to the dashboard, signed in as an administrator who can change things', async () => {
    const page = await signInAs('alice');
    await expect.poll(() => page.getByText('Administrator').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByText('alice@example.com').count()).toBeGreaterThan(0);
    // The session works for changes: the CSRF token reached the page's storage.
    const csrf = await page.evaluate(() => localStorage.getItem('lantern.csrf'));
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.context().close();
  });

  it('gives a member of the auditor group the read-only auditor role', async () => {
    const page = await signInAs('bob');
    await expect
      .poll(() => page.getByText('Auditor (read-only)').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('refuses a person whose groups map to no role, and says why', async () => {
    const page = await signInAs('carol');
    await expect
      .poll(() => page.locator('#refusal').textContent())
      .toContain('carol@example.com is not in a group with access to the Lantern dashboard');
    await page.goto(`${bed.lanternUrl}/`);
    await expect.poll(() => page.getByLabel('Access token').count()).toBe(1);
    await page.context().close();
  });
});
