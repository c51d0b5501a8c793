// Verified enrolment in a real Chromium with the built extension: managed storage carries only the
// server URL; the extension opens its sign-in page once, the person signs in at a real OpenID Provider
// (panva's oidc-provider on 127.0.0.1), and the browser becomes a device bound to the email the
// provider vouched for. The browser restarts in the middle, before the sign-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@lantern/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcTestbed, type OidcTestbed } from '@lantern/server/testing';
import {
  TEST_EXTENSION_ID,
  launchExtensionBrowser,
  readExtensionStore,
  removeManagedPolicy,
  waitFor,
  writeManagedPolicy,
  type ExtensionBrowser,
} from './harness';

let dir: string;
let handle: DatabaseHandle;
let bed: OidcTestbed;
let browser: ExtensionBrowser | undefined;

const providerPages = (context: BrowserContext): Page[] =>
  context.pages().filter((p) => p.url().startsWith(bed.provider.issuer));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-oidc-enrol-'));
  handle = createDatabase('sqlite::memory:');
  await migrateToLatest(handle.db);
  bed = await startOidcTestbed(handle, { rateLimit: { capacity: 10_000, refillPerSecond: 1_000 } });
  writeManagedPolicy(TEST_EXTENSION_ID, { serverUrl: bed.lanternUrl });
});

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await bed?.close();
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a browser enrols through sign-in at the identity provider', () => {
  it('asks once, survives a restart, and binds the device to the verified email', async () => {
    const profileDir = join(dir, 'profile');
    browser = await launchExtensionBrowser({ profileDir });
    await waitFor('the extension to open the sign-in', () => providerPages(browser!.context).length === 1, {
      timeoutMs: 30_000,
    });
    expect(await handle.db.selectFrom('devices').selectAll().execute()).toEqual([]);

    // The browser closes before the person signed in; after the restart the extension does not nag.
    await browser.close();
    browser = await launchExtensionBrowser({ profileDir });
    await new Promise((r) => setTimeout(r, 4_000));
    expect(providerPages(browser.context)).toHaveLength(0);

    // The popup still offers the sign-in; the person chooses it and signs in as bob.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${TEST_EXTENSION_ID}/popup.html`);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Sign in' }).click();
    const page = await opened;
    await page.waitForURL((u) => u.origin === bed.provider.issuer, { timeout: 20_000 });
    await page.locator('input[name=login]').fill('bob');
    await page.locator('input[name=password]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL((u) => u.origin === bed.lanternUrl);
    expect(await page.locator('#enrolled').textContent()).toContain(
      'Lantern finishes setting up this browser',
    );

    const device = await waitFor(
      'the device to enrol',
      async () =>
        (
          await handle.db
            .selectFrom('devices')
            .innerJoin('users', 'users.id', 'devices.user_id')
            .select([
              'users.email',
              'users.identity_assurance as person',
              'devices.identity_assurance as device',
            ])
            .execute()
        )[0],
      { timeoutMs: 30_000 },
    );
    expect(device).toEqual({ email: 'bob@example.com', person: 'oidc', device: 'oidc' });
    // The extension keeps the device token it was handed, and forgets its secret.
    const row = await waitFor(
      'the extension to store its enrolment',
      () => readExtensionStore<{ status: string; deviceId: string }>(browser!, 'enrolment', 'current'),
      { timeoutMs: 20_000 },
    );
    const stored = await handle.db.selectFrom('devices').select('id').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'enrolled', deviceId: stored.id });
    const local = await browser.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }
      ).chrome.storage.local.get('pendingEnrolment.v1'),
    );
    expect(local).toEqual({});
    expect(await handle.db.selectFrom('devices').selectAll().execute()).toHaveLength(1);
  });
});
