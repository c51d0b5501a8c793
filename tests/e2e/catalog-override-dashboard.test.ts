// An admin corrects a catalog tool on the dashboard's tool page in a real Chromium: the catalog's
// own entry stays visible beside the override, the change is audited, and browsers receive it.
import {
  createApiToken,
  createEnrolmentToken,
  createLogger,
  startServer,
  type RunningServer,
} from '@lantern/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  enrolDevice,
  ensureDashboardBuilt,
  signIn,
  unlabelledControls,
} from './dashboard-helpers';

let server: RunningServer;
let browser: Browser;
let page: Page;
let adminToken = '';

beforeAll(async () => {
  ensureDashboardBuilt();
  server = await startServer({
    databaseUrl: 'sqlite::memory:',
    logger: createLogger({ level: 'silent' }),
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  });
  adminToken = (await createApiToken(server.db, 'admin', 'Dana (IT admin)')).token;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('catalog overrides on the tool page', () => {
  it('shows the catalog entry beside the override, saves it audited, and browsers pull it', async () => {
    await signIn(page, server.url, adminToken);
    await page.goto(`${server.url}/#/tools/chatgpt`);
    const section = page.getByRole('region', { name: 'Catalog entry and organisation override' });
    await section.getByText('No override: browsers use the catalog').waitFor();
    await section.getByLabel("Name (empty: the catalog's)").fill('Company GPT');
    await section.getByLabel('Add hostnames').fill('gpt.intranet.example');
    await section.getByLabel('Not AI for us').check();
    await section.getByLabel('Reason').fill('Licence without the AI features');
    await section.getByRole('button', { name: 'Save override' }).click();
    await section.getByText('Override saved').waitFor();
    await section.getByText(/Override by admin:Dana \(IT admin\)/).waitFor();
    const row = section.getByRole('row', { name: /^In browsers/ });
    expect(await row.textContent()).toBe('In browsersDetectedNot AI for us');
    const nameRow = section.getByRole('row', { name: /^Name/ });
    expect(await nameRow.textContent()).toBe('NameChatGPTCompany GPT');
    expect(await unlabelledControls(page)).toEqual([]);

    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('action', 'like', 'catalog.%')
      .execute();
    expect(audit).toEqual([{ action: 'catalog.override.set', target: 'chatgpt' }]);
    const device = await enrolDevice(
      server.url,
      (await createEnrolmentToken(server.db, { name: 'e2e' })).token,
      'ada@example.com',
    );
    const pulled = await device.pull(0);
    expect(pulled.unchanged ? [] : pulled.config.overrides).toMatchObject([
      { toolId: 'chatgpt', name: 'Company GPT', addDomains: ['gpt.intranet.example'], notAi: true },
    ]);
  }, 120_000);
});
