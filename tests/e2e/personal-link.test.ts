// Personal enrolment links in a real Chromium with the built extension, no identity provider: the
// admin imports people and makes a link on the dashboard's People page; the employee's browser
// (managed storage carries only the server URL) opens it and becomes a `personal-link` device of
// that person. A second browser opening the same link later is refused, with a sentence saying why.
import {
  createApiToken,
  createDatabase,
  createLogger,
  migrateToLatest,
  startServer,
  type DatabaseHandle,
  type RunningServer,
} from '@lantern/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt, signIn } from './dashboard-helpers';
import {
  TEST_EXTENSION_ID,
  launchExtensionBrowser,
  readExtensionStore,
  removeManagedPolicy,
  waitFor,
  writeManagedPolicy,
  type ExtensionBrowser,
} from './harness';

let handle: DatabaseHandle;
let server: RunningServer;
let adminToken: string;
const browsers: ExtensionBrowser[] = [];

beforeAll(async () => {
  ensureDashboardBuilt();
  handle = createDatabase('sqlite::memory:');
  await migrateToLatest(handle.db);
  adminToken = (await createApiToken(handle.db, 'admin', 'Dana (IT admin)')).token;
  server = await startServer({
    database: handle,
    port: 0,
    logger: createLogger({ level: 'silent' }),
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  });
  writeManagedPolicy(TEST_EXTENSION_ID, { serverUrl: server.url });
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  removeManagedPolicy();
  await server?.close();
  await handle?.close();
});

async function devices() {
  return handle.db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select(['users.email', 'users.identity_assurance as person', 'devices.identity_assurance as device'])
    .execute();
}

/** Opens the link in a fresh browser with the extension; resolves the page's outcome. */
async function openLink(link: string): Promise<{ result: string; text: string }> {
  const b = await launchExtensionBrowser();
  browsers.push(b);
  await b.worker();
  // Give the extension its managed settings before the link tab loads.
  await new Promise((r) => setTimeout(r, 2_000));
  const page = await b.context.newPage();
  await page.goto(link);
  const status = page.locator('#link-status[data-result]');
  await status.waitFor({ timeout: 30_000 });
  // The secret leaves the address bar once the extension used it.
  expect(page.url()).not.toContain('#code=');
  return {
    result: (await status.getAttribute('data-result')) ?? '',
    text: (await status.textContent()) ?? '',
  };
}

describe('personal enrolment links', () => {
  it('the admin makes a link; the employee’s browser redeems it once; a second browser is refused', async () => {
    const first = await launchExtensionBrowser();
    browsers.push(first);
    const dash = await first.context.newPage();
    dash.on('dialog', (d) => void d.accept());
    await signIn(dash, server.url, adminToken);
    await dash.goto(`${server.url}/#/users`);
    await dash
      .getByLabel('Or paste it')
      .fill('email,name,department,manager\nada@example.com,Ada,Finance,\n');
    await dash.getByRole('button', { name: 'Import', exact: true }).click();
    await dash.getByText('Imported 1 people.').waitFor();
    await dash.getByRole('button', { name: 'Make an enrolment link for ada@example.com' }).click();
    const link = (await dash.getByTestId('new-secret').textContent())!.trim();
    expect(link).toMatch(new RegExp(`^${server.url}/auth/link#code=[A-Za-z0-9_-]{43}$`));
    await dash.close();
    await first.close();
    browsers.pop();

    const employee = await openLink(link);
    expect(employee).toMatchObject({
      result: 'enrolled',
      text: expect.stringContaining('this browser is set up'),
    });
    expect(await devices()).toEqual([
      { email: 'ada@example.com', person: 'personal-link', device: 'personal-link' },
    ]);
    const stored = await waitFor('the extension to store its enrolment', () =>
      readExtensionStore<{ status: string; deviceId: string }>(browsers[0]!, 'enrolment', 'current'),
    );
    expect(stored.status).toBe('enrolled');

    // Someone else who later sees the link (a forwarded mail, browser history) gets nothing.
    const later = await openLink(link);
    expect(later.result).toBe('used');
    expect(later.text).toContain('already used to set up a browser');
    expect(await devices()).toHaveLength(1);
  });
});
