import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  TEST_EXTENSION_ID,
  launchExtensionBrowser,
  readExtensionStore,
  removeManagedPolicy,
  startLanternServer,
  waitFor,
  writeManagedPolicy,
  type ExtensionBrowser,
  type LanternTestServer,
} from './harness';

// Issue 17 item 6 in the built extension: icons and localised manifest strings, the welcome page
// after an install nobody set up, connecting from it, and silence when the organisation's policy
// enrols the browser zero-touch.

let server: LanternTestServer | undefined;
let browser: ExtensionBrowser | undefined;
const welcomeUrl = `chrome-extension://${TEST_EXTENSION_ID}/welcome.html`;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  removeManagedPolicy();
});
afterAll(async () => server?.close());

describe('onboarding in Chromium', () => {
  it('opens the welcome page after an install nobody set up, and connects from it', async () => {
    server = await startLanternServer();
    // Holds the machine-wide policy file so no other test's Lantern policy applies here.
    writeManagedPolicy('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', {});
    browser = await launchExtensionBrowser();
    const context = browser.context;
    const welcome =
      context.pages().find((p) => p.url() === welcomeUrl) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 30_000 }));
    await welcome.getByRole('heading', { name: 'Welcome to Lantern' }).waitFor();

    // The manifest's strings come from _locales, and every icon size loads.
    const manifest = await browser.evaluate(() => {
      const ext = (
        globalThis as unknown as {
          chrome: {
            i18n: { getMessage(name: string): string };
            runtime: {
              getManifest(): { icons?: Record<string, string>; action?: { default_icon?: unknown } };
            };
          };
        }
      ).chrome;
      const m = ext.runtime.getManifest();
      return {
        name: ext.i18n.getMessage('extName'),
        title: ext.i18n.getMessage('actionTitle'),
        icons: m.icons,
        action: m.action?.default_icon,
      };
    });
    expect(manifest.name).toBe('Lantern');
    expect(manifest.title).toBe('Lantern: your AI tools at work');
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
    expect(manifest.action).toEqual(manifest.icons);
    const sizes = await welcome.evaluate(
      async (paths: string[]) => {
        const load = (src: string) =>
          new Promise<number>((resolve, reject) => {
            const img = new Image();
            img.onload = () => resolve(img.naturalWidth);
            img.onerror = () => reject(new Error(src));
            img.src = src;
          });
        return Promise.all(paths.map((p) => load(`/${p}`)));
      },
      Object.values(manifest.icons ?? {}),
    );
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);

    await welcome.getByLabel('Server address').fill(server.url);
    await welcome.getByLabel('Enrolment token').fill(await server.enrollmentToken());
    await welcome.getByRole('button', { name: 'Connect' }).click();
    await welcome.getByText(`You are connected to ${server.url}. There is nothing else to do.`).waitFor({
      timeout: 30_000,
    });
    await welcome.getByText(/Last sync: /).waitFor();
    expect(await welcome.getByText('Last sync: not yet').count()).toBe(0);
  }, 180_000);

  it('opens nothing when the organisation’s policy enrols the browser', async () => {
    server ??= await startLanternServer();
    writeManagedPolicy(TEST_EXTENSION_ID, {
      serverUrl: server.url,
      enrollmentToken: await server.enrollmentToken(),
      userEmail: 'ada@example.com',
    });
    browser = await launchExtensionBrowser();
    const b = browser;
    await waitFor(
      'zero-touch enrolment',
      async () => (await readExtensionStore(b, 'enrolment', 'current')) ?? false,
      {
        timeoutMs: 60_000,
      },
    );
    // Past the extension's wait for policy (enrol/welcome.ts WELCOME_DELAY_MS) with margin.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    expect(b.context.pages().map((p) => p.url())).not.toContain(welcomeUrl);
  }, 180_000);
});
