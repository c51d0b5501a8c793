import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, extensionUrl, syncNow } from './experience-helpers';
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

// Issue 17 item 7, end to end in Chromium: the browser speaks English, the organisation chooses
// German in its settings, and after the next pull the employee's pages are German — words, page
// language and dates alike.

let server: LanternTestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startLanternServer();
  await adminOf(server).policies.publish({
    title: 'AI use policy',
    body: '# AI use policy\n\nUse approved tools only.',
    changeSummary: null,
  });
  await server.setDecision({ toolId: 'chatgpt', status: 'approved', enforcement: 'acknowledge' });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'grete@example.com',
    pullIntervalSeconds: 3600,
  });
  browser = await launchExtensionBrowser();
  await waitFor(
    'the first config',
    async () =>
      (await readExtensionStore<{ decisions: unknown[] }>(browser, 'config', 'current'))?.decisions.length ===
      1,
    { timeoutMs: 45_000 },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await server?.close();
});

const storedLocale = () =>
  browser.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        navigator: { language: string };
      }
    ).chrome;
    return (await c.storage.local.get('orgLocale')).orgLocale ?? null;
  });

/** The acknowledgement page as the employee opens it: its heading, its language and its words. */
async function acknowledgementPage() {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl('/acknowledge.html?tool=chatgpt'));
  const heading = await page.getByRole('heading', { level: 1 }).textContent({ timeout: 20_000 });
  const lang = await page.evaluate(() => document.documentElement.lang);
  const browserLanguage = await page.evaluate(() => navigator.language);
  const text = (await page.locator('main').textContent()) ?? '';
  await page.close();
  return { heading, lang, browserLanguage, text };
}

describe("the organisation's language", () => {
  it('turns an English browser’s acknowledgement page German after the next pull', async () => {
    const before = await acknowledgementPage();
    expect(before.browserLanguage).toMatch(/^en\b/);
    expect(before).toMatchObject({ heading: 'Using ChatGPT at work', lang: 'en' });
    expect(await storedLocale()).toBeNull();

    await adminOf(server).settings.update({ locale: 'de' });
    await syncNow(browser);
    await waitFor('the German setting in the extension', async () => (await storedLocale()) === 'de', {
      timeoutMs: 20_000,
    });

    const after = await acknowledgementPage();
    expect(after).toMatchObject({ heading: 'ChatGPT bei der Arbeit nutzen', lang: 'de' });
    expect(after.text).toContain('Freigegeben');
    expect(after.text).not.toContain('Approved');
  });

  it('returns to the browser’s language when the organisation lets each browser choose', async () => {
    await adminOf(server).settings.update({ locale: 'browser' });
    await syncNow(browser);
    await waitFor('the setting gone', async () => (await storedLocale()) === null, { timeoutMs: 20_000 });
    expect(await acknowledgementPage()).toMatchObject({ heading: 'Using ChatGPT at work', lang: 'en' });
  });
});
