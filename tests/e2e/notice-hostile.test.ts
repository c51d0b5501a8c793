import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, extensionUrl, syncNow, visitTool } from './experience-helpers';
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
import { clickNotice, readNotice } from './notice-probe';

// Issue 23, findings 7 and 8, reproduced in Chromium with the built extension: a hostile AI page
// tries to read the notice's conditions and to record "Don't show again" in the employee's name; any
// site tries to find Lantern by fetching its blocked page, or to open that page for a tool it picks.

const SECRET = 'Secret condition: no payroll figures';
const BLOCKED = `chrome-extension://${TEST_EXTENSION_ID}/blocked.html`;

/** Everything a page script can try against the notice without the employee. */
const HOSTILE = `<!doctype html><title>hostile</title><body><h1>AI tool</h1><script>
  const probe = (window.__probe = { tries: 0, read: '', found: false, findHit: false });
  setInterval(() => {
    const host = document.querySelector('lantern-notice');
    if (!host) return;
    probe.found = true;
    probe.tries++;
    const root = host.shadowRoot;
    const sel = getSelection();
    sel.selectAllChildren(document.body);
    const read = [root?.textContent ?? '', host.innerText, host.textContent, document.body.innerText,
      document.documentElement.textContent, sel.toString(), getComputedStyle(host).content].join('|');
    if (read.length > probe.read.length) probe.read = read;
    sel.removeAllRanges();
    for (const b of root?.querySelectorAll('button') ?? []) b.click();
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const atNotice = document.elementFromPoint(innerWidth - 40, innerHeight - 30);
    atNotice?.click();
    atNotice?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }, 150);
</script></body>`;

let sites: AiSites;
let server: LanternTestServer;
let browser: ExtensionBrowser;

const dismissals = () =>
  readExtensionStore<{ value: { toolId: string }[] }>(browser, 'state', 'experience:dismissals');

beforeAll(async () => {
  sites = await startAiSites({ pages: { 'www.perplexity.ai': HOSTILE } });
  server = await startLanternServer();
  await adminOf(server).policies.publish({
    title: 'AI use policy',
    body: '# Policy\n\nBe careful.',
    changeSummary: null,
  });
  await server.setDecision({
    toolId: 'perplexity',
    status: 'approved',
    enforcement: 'inform',
    conditions: SECRET,
  });
  await server.setDecision({ toolId: 'claude', status: 'prohibited', enforcement: 'block' });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: server.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'ada@example.com',
    pullIntervalSeconds: 30,
  });
  browser = await launchExtensionBrowser({
    hostRules: sites.hostRules(['www.perplexity.ai', 'claude.ai', 'en.wikipedia.org']),
  });
  await waitFor(
    'the config with both decisions',
    async () => {
      const config = await readExtensionStore<{ decisions: unknown[] }>(browser, 'config', 'current');
      return config?.decisions.length === 2;
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

describe('a hostile page against the in-page notice (finding 7)', () => {
  it('reads none of the notice and records no dismissal, however it clicks', async () => {
    const page = await visitTool(browser, 'https://www.perplexity.ai/');
    // Ten rounds of tries, or fewer when a try removed the notice (as on 8d68768, where it worked).
    await waitFor('the page script to have tried', () =>
      page.evaluate(() => {
        const probe = (window as unknown as { __probe: { tries: number; found: boolean } }).__probe;
        return probe.tries >= 10 || (probe.found && !document.querySelector('lantern-notice'));
      }),
    );
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { read: string; found: boolean } }).__probe,
    );
    // The page saw only that an element exists: no text of it.
    expect(probe.found).toBe(true);
    expect(probe.read).not.toContain('payroll');
    expect(probe.read).not.toContain('Approved');
    expect(probe.read).not.toContain("Don't show again");
    // Residual risk, pinned so a change is noticed: window.find searches rendered text, shadow trees
    // included, so a page can confirm a guess of the exact words (never read them). docs/security.md.
    const guessConfirmed = await page.evaluate(() =>
      (window as unknown as { find(s: string): boolean }).find('no payroll figures'),
    );
    expect(guessConfirmed, 'if this turns false, update the residual risk in docs/security.md').toBe(true);
    // Its clicks, Escape keys and dispatched events did nothing: no dismissal, the notice stays.
    await page.waitForTimeout(500);
    expect((await dismissals())?.value ?? []).toEqual([]);
    // The notice is still there for the employee (read through DevTools, which pierces closed roots).
    expect((await readNotice(page))?.text).toContain(SECRET);

    // The employee's own click still works, and it is the only thing that records a dismissal.
    await clickNotice(page, "Don't show again");
    await waitFor(
      'the dismissal',
      async () => (await dismissals())?.value.some((d) => d.toolId === 'perplexity') ?? false,
    );
    expect(await readNotice(page)).toBeNull();
    await page.close();
  }, 60_000);
});

describe('the blocked page from the web (finding 8)', () => {
  it('cannot be fetched or opened by a site at the extension id, so no site can detect Lantern', async () => {
    const page = await visitTool(browser, 'https://en.wikipedia.org/wiki/Lantern');
    const fetched = await page.evaluate(async (url) => {
      try {
        return `status ${(await fetch(url)).status}`;
      } catch {
        return 'failed';
      }
    }, `${BLOCKED}?tool=claude`);
    expect(fetched).toBe('failed');
    // A frame's load event fires for a refused load too (Chromium shows its error page), so the
    // signal a site could use is a difference from an extension that is not installed: there is none.
    const frameLoad = (url: string) =>
      page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const frame = document.createElement('iframe');
            frame.src = src;
            frame.onload = () => resolve('load');
            frame.onerror = () => resolve('error');
            document.body.append(frame);
            setTimeout(() => resolve('timeout'), 3000);
          }),
        url,
      );
    const absent = `chrome-extension://${'a'.repeat(32)}/blocked.html`;
    expect(await frameLoad(`${BLOCKED}?tool=perplexity`)).toBe(await frameLoad(absent));
    expect(
      await page.evaluate(
        async (url) =>
          fetch(url).then(
            () => 'ok',
            () => 'failed',
          ),
        absent,
      ),
    ).toBe('failed');
    // A top-level navigation by the page goes nowhere either.
    await page.evaluate((url) => (location.href = url), `${BLOCKED}?tool=perplexity`).catch(() => undefined);
    await page.waitForTimeout(1500);
    expect(page.url().startsWith('chrome-extension://')).toBe(false);
    await page.close();
  }, 30_000);

  it('still replaces a blocked tool, and offers a request form only for a tool that is stopped', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://claude.ai/', { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForURL(extensionUrl('/blocked.html?tool=claude'));
    await page.getByRole('heading', { name: 'Claude is prohibited for work' }).waitFor();
    await page.getByRole('button', { name: 'Request approval' }).waitFor();
    expect(sites.requests.some((r) => r.host === 'claude.ai')).toBe(false);

    // The same page with another tool in its address (a leaked per-session URL, or a link) has no form,
    // and the background refuses a request for a tool it does not stop.
    await page.goto(extensionUrl('/blocked.html?tool=perplexity'));
    await page.getByRole('heading', { name: /You can open Perplexity/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Request approval' }).count()).toBe(0);
    const reply = await page.evaluate(() => {
      const ext = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
        }
      ).chrome;
      return ext.runtime.sendMessage({ type: 'requestApproval', toolId: 'perplexity', reason: 'forged' });
    });
    expect(reply).toMatchObject({ ok: false });
    await syncNow(browser);
    const requests = await server.server.db.selectFrom('requests').select('tool_id').execute();
    expect(requests.filter((r) => r.tool_id === 'perplexity')).toEqual([]);
    await page.close();
  }, 60_000);
});
