import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, extensionUrl, rows, sha256, syncNow, visitTool } from './experience-helpers';
import { clickNotice, noticeText, readNotice } from './notice-probe';
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

// The employee's side end to end, in Chromium against a real server: notice → acknowledgement page →
// registration + acceptance on the server with the policy's SHA-256; a new policy asks again;
// block and justify modes; an approval that reopens a tool; and a hostile page that cannot record anything.

const POLICY_V1 = '# AI use policy\n\nUse approved tools only. <script>alert(1)</script>';
const POLICY_V2 = `${POLICY_V1}\n\n## New\n\nNo personal data in prompts.`;
const CONDITIONS = 'No customer data.';
const HOSTILE = `<!doctype html><title>hostile</title><script>
  // Everything a page can try without the extension's help.
  const forged = { type: 'register', toolId: 'perplexity', purposeCategory: 'drafting', purposeText: '', dataClasses: [], affectsPeople: false,
    acceptance: { policyVersion: 1, policySha256: '${'0'.repeat(64)}', conditionsSha256: null } };
  const tries = () => {
    window.postMessage(forged, '*');
    window.postMessage({ type: 'acceptPolicy', toolId: null, acceptance: forged.acceptance }, '*');
    try { chrome.runtime.sendMessage('${TEST_EXTENSION_ID}', forged); } catch {}
    const host = document.querySelector('lantern-notice');
    for (const b of host?.shadowRoot?.querySelectorAll('button') ?? []) b.click();
    if (host) document.title = 'clicked'; // "Later" removes the notice, so remember the first time
  };
  setInterval(tries, 200);
</script><iframe src="chrome-extension://${TEST_EXTENSION_ID}/acknowledge.html?tool=perplexity"></iframe>`;

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;
let admin: ReturnType<typeof adminOf>;

const acknowledgements = () =>
  server.server.db.selectFrom('acknowledgements').selectAll().orderBy('seq').execute();

beforeAll(async () => {
  sites = await startAiSites({ pages: { 'www.perplexity.ai': HOSTILE } });
  server = await startLanternServer();
  admin = adminOf(server);
  await admin.policies.publish({ title: 'AI use policy', body: POLICY_V1, changeSummary: null });
  await server.setDecision({
    toolId: 'chatgpt',
    status: 'conditional',
    enforcement: 'acknowledge',
    conditions: CONDITIONS,
  });
  await server.setDecision({
    toolId: 'claude',
    status: 'prohibited',
    enforcement: 'block',
    alternativeToolId: 'chatgpt',
  });
  await server.setDecision({
    toolId: 'gemini',
    status: 'prohibited',
    enforcement: 'justify',
    alternativeToolId: 'chatgpt',
  });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'grace@example.com',
    pullIntervalSeconds: 30,
  });
  browser = await launchExtensionBrowser({
    hostRules: sites.hostRules([
      'chatgpt.com',
      'claude.ai',
      'gemini.google.com',
      'www.perplexity.ai',
      'en.wikipedia.org',
    ]),
  });
  await waitFor(
    'the config with the policy and decisions',
    async () => {
      const config = await readExtensionStore<{ policy: { version: number } | null; decisions: unknown[] }>(
        browser,
        'config',
        'current',
      );
      return config?.policy?.version === 1 && config.decisions.length === 3;
    },
    { timeoutMs: 45_000 },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await sites?.close();
  await server?.close();
});

async function openAcknowledgeFrom(page: Page, button: string): Promise<Page> {
  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/acknowledge.html'),
  });
  await clickNotice(page, button);
  const ack = await opened;
  await ack.waitForLoadState('load');
  return ack;
}

describe('the employee experience in a real Chromium', () => {
  it('asks at a conditional tool, and the server holds the registration and the acceptance bound to the policy hash', async () => {
    const page = await visitTool(browser, 'https://chatgpt.com/c/123?q=secret');
    await expect.poll(() => noticeText(page), { timeout: 15_000 }).toContain('Approved with conditions');
    expect(await noticeText(page)).toContain(`Conditions: ${CONDITIONS}`);

    const ack = await openAcknowledgeFrom(page, 'Register and accept');
    expect(ack.url()).toBe(extensionUrl('/acknowledge.html?tool=chatgpt'));
    await ack.getByLabel('What do you use it for?').selectOption('drafting');
    await ack.getByRole('checkbox', { name: /Internal/ }).check();
    await ack.getByRole('radio', { name: 'No' }).check();
    await ack.getByRole('checkbox', { name: /I accept them/ }).check();
    await ack.getByRole('button', { name: 'Register and accept' }).click();
    await ack.getByRole('heading', { name: 'Thank you' }).waitFor();

    const [stored] = await rows('the acknowledgement on the server', acknowledgements);
    expect(stored).toMatchObject({
      policy_version: 1,
      policy_sha256: sha256(POLICY_V1),
      tool_id: 'chatgpt',
      conditions_sha256: sha256(CONDITIONS),
    });
    const [registration] = await rows('the registration', () =>
      server.server.db.selectFrom('registrations').selectAll().execute(),
    );
    expect(registration).toMatchObject({
      tool_id: 'chatgpt',
      purpose_category: 'drafting',
      data_classes: JSON.stringify(['internal']),
      affects_people: 0,
    });

    // Registered and accepted: the notice no longer appears at the tool.
    const again = await visitTool(browser, 'https://chatgpt.com/');
    await again.waitForTimeout(1500);
    expect(await readNotice(again)).toBeNull();
    await Promise.all([page.close(), ack.close(), again.close()]);
  }, 90_000);

  it('asks again with "what changed" when a new policy version is published', async () => {
    await admin.policies.publish({
      title: 'AI use policy',
      body: POLICY_V2,
      changeSummary: 'Personal data is **no longer allowed**.',
    });
    await syncNow(browser);
    const page = await visitTool(browser, 'https://chatgpt.com/');
    await expect.poll(() => noticeText(page), { timeout: 15_000 }).toMatch(/policy has changed/);
    const ack = await openAcknowledgeFrom(page, 'Review and accept');
    await ack.getByRole('note', { name: 'What changed' }).getByText('no longer allowed').waitFor();
    await ack.getByRole('checkbox', { name: /I accept them/ }).check();
    await ack.getByRole('button', { name: 'Accept', exact: true }).click();
    await ack.getByRole('heading', { name: 'Thank you' }).waitFor();
    const all = await rows('the second acceptance', acknowledgements, 2);
    expect(all[1]).toMatchObject({ policy_version: 2, policy_sha256: sha256(POLICY_V2), tool_id: 'chatgpt' });
    await Promise.all([page.close(), ack.close()]);
  }, 90_000);

  it('replaces a blocked tool with the block page, and opens it normally once an admin approves the request', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://claude.ai/', { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForURL(extensionUrl('/blocked.html?tool=claude'));
    await page.getByRole('heading', { name: 'Claude is prohibited for work' }).waitFor();
    expect(await page.getByText('Approved alternative:').textContent()).toContain('ChatGPT');
    expect(sites.requests.some((r) => r.host === 'claude.ai')).toBe(false);

    await page.getByLabel('What would you use it for?').fill('Comparing answers for a client report');
    await page.getByRole('button', { name: 'Request approval' }).click();
    await page.getByRole('heading', { name: 'Approval requested' }).waitFor();
    const [request] = await rows('the request on the server', () =>
      server.server.db.selectFrom('requests').selectAll().where('tool_id', '=', 'claude').execute(),
    );
    expect(request).toMatchObject({
      kind: 'approval',
      status: 'pending',
      reason: 'Comparing answers for a client report',
    });

    await admin.requests.answer({ id: request!.id, status: 'approved', note: 'OK for this project' });
    await syncNow(browser);
    await page.getByRole('heading', { name: 'You can open Claude' }).waitFor({ timeout: 15_000 });
    await page.goto('https://claude.ai/', { waitUntil: 'load' });
    expect(page.url()).toBe('https://claude.ai/');
    expect(await page.title()).toBe('claude.ai');
    await page.close();
  }, 90_000);

  it('lets the employee continue with a reason in justify mode, and records the reason', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://gemini.google.com/', { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForURL(extensionUrl('/blocked.html?tool=gemini'));
    await page
      .getByLabel('Why do you need it today?')
      .fill('Customer asked for a Gemini comparison', { timeout: 15_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\npage: ${page.url()}\n${await page.locator('body').innerText()}`);
      });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('https://gemini.google.com/');
    expect(await page.title()).toBe('gemini.google.com');
    const [justification] = await rows('the justification on the server', () =>
      server.server.db.selectFrom('justifications').selectAll().execute(),
    );
    expect(justification).toMatchObject({
      tool_id: 'gemini',
      reason: 'Customer asked for a Gemini comparison',
    });
    await page.close();
  }, 90_000);

  it('runs nothing on sites that are not AI tools', async () => {
    const matches = await browser.evaluate(async () => {
      const ext = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
        }
      ).chrome;
      return (await ext.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
    expect(matches).toContain('https://*.chatgpt.com/*');
    expect(matches.some((m) => m.includes('wikipedia') || m === '<all_urls>' || m === 'https://*/*')).toBe(
      false,
    );
    const page = await visitTool(browser, 'https://en.wikipedia.org/wiki/Lantern');
    await page.waitForTimeout(1500);
    expect(await readNotice(page)).toBeNull();
    await page.close();
  }, 30_000);

  it('gives a hostile page that clicks and posts messages no way to record an acknowledgement or registration', async () => {
    const before = (await acknowledgements()).length;
    const page = await visitTool(browser, 'https://www.perplexity.ai/');
    // The script finds the notice and clicks every button in it; that may only open the acknowledgement page.
    await waitFor('the hostile script to click the notice', async () => (await page.title()) === 'clicked');
    await page.waitForTimeout(1500);
    await syncNow(browser);
    expect((await acknowledgements()).length).toBe(before);
    const registrations = await server.server.db.selectFrom('registrations').select('tool_id').execute();
    expect(registrations.filter((r) => r.tool_id === 'perplexity')).toEqual([]);
    expect(await readExtensionStore(browser, 'registrations', 'perplexity')).toBeUndefined();
    const local = await readExtensionStore<unknown[]>(browser, 'acknowledgements');
    expect(local).toHaveLength(before);
    // The acknowledgement page cannot be framed by a website (it is not web-accessible).
    expect(
      page
        .frames()
        .some((f) => f.url().includes('acknowledge.html') && f.url().startsWith('chrome-extension://')),
    ).toBe(false);
    for (const p of browser.context.pages())
      if (p.url().includes('perplexity') || p.url().includes('acknowledge')) await p.close();
  }, 60_000);
});
