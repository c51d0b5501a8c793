import { createApiToken, buildEvidencePack } from '@lantern/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './dashboard-helpers';
import { adminOf, extensionUrl, rows, syncNow, visitTool } from './experience-helpers';
import { clickNotice, noticeText } from './notice-probe';
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

// AI literacy end to end in Chromium with the built extension: a module required for the chat
// category is offered on the first visit, completed on the extension's own page, synced, shown as
// done in the dashboard and listed in the evidence pack; a blocking rule blocks a tool until done.

const BODY = '# Chat tools at work\n\nCheck facts. <script>alert(1)</script>';
let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;
let admin: ReturnType<typeof adminOf>;

const completions = () =>
  server.server.db.selectFrom('literacy_completions').selectAll().orderBy('seq').execute();

beforeAll(async () => {
  sites = await startAiSites();
  server = await startLanternServer();
  admin = adminOf(server);
  const question = { prompt: 'Who checks the answer?', options: ['Nobody', 'You'], correct: 1 };
  await admin.literacy.publish({
    id: 'chat-basics',
    content: {
      title: 'Chat tools at work',
      body: BODY,
      courseUrl: null,
      questions: [question],
      passMark: 100,
    },
  });
  await admin.literacy.publish({
    id: 'agents-safety',
    content: {
      title: 'Agents: what they may do',
      body: 'Agents act for you.',
      courseUrl: null,
      questions: [],
      passMark: null,
    },
  });
  const rule = {
    toolId: null,
    toolCategory: null,
    decisionStatus: null,
    dataClass: null,
    annexIII: null,
    department: null,
    renewalDays: 365,
  };
  await admin.literacy.addRule({
    ...rule,
    moduleId: 'chat-basics',
    toolCategory: 'chat',
    dueDays: 14,
    mode: 'acknowledge',
  });
  await admin.literacy.addRule({
    ...rule,
    moduleId: 'agents-safety',
    toolId: 'claude',
    dueDays: 0,
    mode: 'block',
  });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'lin@example.com',
    pullIntervalSeconds: 30,
  });
  browser = await launchExtensionBrowser({ hostRules: sites.hostRules(['chatgpt.com', 'claude.ai']) });
  await waitFor(
    'the config with the literacy rules',
    async () => {
      const config = await readExtensionStore<{ literacy?: { rules: unknown[] } }>(
        browser,
        'config',
        'current',
      );
      return config?.literacy?.rules.length === 2;
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

async function openLearnFrom(ack: Page): Promise<Page> {
  await ack.getByTestId('literacy-step').waitFor();
  await ack.getByRole('link', { name: 'Open the module' }).click();
  await ack.waitForURL(/\/learn\.html\?tool=/);
  return ack;
}

describe('AI literacy in a real Chromium', () => {
  it('offers the chat module on the first visit, records the completion and shows it done in the dashboard and the evidence', async () => {
    const page = await visitTool(browser, 'https://chatgpt.com/');
    await expect.poll(() => noticeText(page), { timeout: 15_000 }).toContain('Register');
    const opened = browser.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/acknowledge.html'),
    });
    await clickNotice(page, 'Register and accept');
    const ack = await opened;
    await ack.waitForLoadState('load');
    expect(await ack.getByTestId('literacy-step').textContent()).toContain('Chat tools at work');

    const learn = await openLearnFrom(ack);
    expect(learn.url()).toBe(extensionUrl('/learn.html?tool=chatgpt'));
    await learn.getByRole('heading', { name: 'Chat tools at work', level: 2 }).waitFor();
    expect(await learn.locator('.markdown').textContent()).toContain('<script>alert(1)</script>'); // shown as text
    await learn.getByRole('radio', { name: 'Nobody' }).check();
    await learn.getByRole('button', { name: 'Submit' }).click();
    await learn.getByText('0% — you need 100%').waitFor();
    await learn.getByRole('radio', { name: 'You' }).check();
    await learn.getByRole('button', { name: 'Submit' }).click();
    await learn.getByText('Passed with 100%').waitFor();

    await syncNow(browser);
    const [stored] = await rows('the completion on the server', completions);
    expect(stored).toMatchObject({
      module_id: 'chat-basics',
      module_version: 1,
      score: 100,
      tool_id: 'chatgpt',
      email: 'lin@example.com',
    });
    expect(JSON.stringify(stored)).not.toContain('You'); // the answer never left the browser

    const { token } = await createApiToken(server.server.db, 'admin', 'e2e literacy');
    const dash = await browser.context.newPage();
    await signIn(dash, server.url, token);
    await dash.goto(`${server.url}/#/literacy`);
    const coverage = dash.getByRole('table', { name: 'Coverage per module and department' });
    await expect
      .poll(() => coverage.textContent(), { timeout: 15_000 })
      .toMatch(/chat-basics\(none\)1\s*1\s*0\s*0/);

    const pack = await buildEvidencePack(server.server.db);
    const file = pack.files.find((f) => f.name === 'literacy.json');
    const evidence = JSON.parse(file!.data.toString('utf8')) as Record<string, unknown>[];
    expect(evidence).toContainEqual(
      expect.objectContaining({
        person: 'lin@example.com',
        tool_id: 'chatgpt',
        module_id: 'chat-basics',
        status: 'done',
        completed_version: 1,
      }),
    );
  });

  it('blocks a tool under a blocking rule until its module is done', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://claude.ai/', { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForURL(extensionUrl('/blocked.html?tool=claude'), { timeout: 20_000 });
    expect(sites.requests.some((r) => r.host === 'claude.ai')).toBe(false);
    const learn = await openLearnFrom(page);
    await learn.getByRole('button', { name: 'Mark as done' }).click();
    await learn.getByText('Completed. Thank you.').waitFor();
    await waitFor(
      'claude to open again',
      async () => {
        await page.goto('https://claude.ai/', { waitUntil: 'load' }).catch(() => undefined);
        return page.url() === 'https://claude.ai/';
      },
      { timeoutMs: 20_000 },
    );
    await syncNow(browser);
    await rows('both completions', completions, 2);
  });
});
