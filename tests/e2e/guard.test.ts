import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startFaultProxy, type FaultProxy } from '../integration/lib/fault-proxy';
import { adminOf, syncNow } from './experience-helpers';
import {
  TEST_EXTENSION_ID,
  launchExtensionBrowser,
  removeManagedPolicy,
  startAiSites,
  startLanternServer,
  waitFor,
  writeManagedPolicy,
  type AiSites,
  type ExtensionBrowser,
  type LanternTestServer,
} from './harness';

/**
 * The data guard in a real Chromium on a stand-in chatgpt.com page with a textarea. The paste is a
 * real one: the text goes onto the system clipboard and Control+V is pressed through CDP's input
 * domain, which Chromium treats as the user's own key press, so the paste event is trusted. A
 * recording proxy between the extension and the server keeps every request body.
 */
const CARD = '4111 1111 1111 1111';
const CARD_DIGITS = CARD.replace(/ /g, '');
const PROMPT_TEXT = `Please check the refund for card ${CARD} today`;
const PAGE = `<!doctype html><title>ChatGPT</title><main><textarea id="prompt" aria-label="prompt"></textarea></main>
<script>window.pagePastes = 0; addEventListener('paste', () => { window.pagePastes++; });</script>`;

let sites: AiSites;
let server: LanternTestServer;
let proxy: FaultProxy;
let browser: ExtensionBrowser;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  sites = await startAiSites({ pages: { 'chatgpt.com': PAGE } });
  server = await startLanternServer();
  proxy = await startFaultProxy(server.url);
  const admin = adminOf(server);
  await admin.decisions.set({
    toolId: 'chatgpt',
    status: 'conditional',
    enforcement: 'monitor',
    conditions: null,
    allowedDataClasses: ['public', 'internal'],
    alternativeToolId: null,
  });
  await admin.guard.update({ enabled: true, toolIds: ['chatgpt'] });
  writeManagedPolicy(TEST_EXTENSION_ID, {
    serverUrl: proxy.url,
    enrollmentToken: await server.enrollmentToken(),
    userEmail: 'ada@example.com',
    pullIntervalSeconds: 30,
  });
  browser = await launchExtensionBrowser({ hostRules: sites.hostRules(['chatgpt.com']) });
  await waitFor(
    'the device to enrol',
    async () => (await server.server.db.selectFrom('devices').selectAll().execute()).length > 0,
    { timeoutMs: 30_000 },
  );
  await syncNow(browser);
  await waitFor(
    'the guard script to be registered',
    async () => {
      const scripts = await browser.evaluate(() => {
        const ext = (
          globalThis as unknown as {
            chrome: {
              scripting: {
                getRegisteredContentScripts(f: { ids: string[] }): Promise<Array<{ matches?: string[] }>>;
              };
            };
          }
        ).chrome;
        return ext.scripting.getRegisteredContentScripts({ ids: ['lantern-guard'] });
      });
      return scripts.length === 1 && (scripts[0]!.matches ?? []).includes('https://*.chatgpt.com/*');
    },
    { timeoutMs: 30_000 },
  );
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://chatgpt.com',
  });
  page = await browser.context.newPage();
  await page.goto('https://chatgpt.com/', { waitUntil: 'load' });
  cdp = await browser.context.newCDPSession(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  removeManagedPolicy();
  await proxy?.close();
  await sites?.close();
  await server?.close();
});

/** The text inside the guard's closed shadow root, read through CDP (page scripts cannot reach it). */
async function guardText(): Promise<string> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.localName === 'lantern-guard');
  return host ? texts(host).join(' ') : '';
}
interface DomNode {
  localName?: string;
  nodeType: number;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
function find(n: DomNode, pred: (n: DomNode) => boolean): DomNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}
function texts(n: DomNode): string[] {
  const own = n.nodeType === 3 && n.localName !== 'style' ? [n.nodeValue ?? ''] : [];
  return [
    ...own,
    ...[...(n.shadowRoots ?? []), ...(n.children ?? [])]
      .filter((c) => c.localName !== 'style')
      .flatMap(texts),
  ];
}

/** A real paste: the system clipboard holds the text, the user's Control+V (via CDP) pastes it. */
async function pasteIntoPrompt(text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('#prompt').click();
  await page.keyboard.press('Control+V');
}

const promptValue = () => page.locator('#prompt').inputValue();

describe('the data guard at the prompt', () => {
  it('ignores a synthetic paste a page script fires: the guard acts only on trusted events', async () => {
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document
        .querySelector('#prompt')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PROMPT_TEXT);
    await page.waitForTimeout(300);
    expect(await guardText()).toBe('');
    expect(await page.evaluate(() => (window as unknown as { pagePastes: number }).pagePastes)).toBe(1);
  });

  it('lets ordinary text straight through', async () => {
    await pasteIntoPrompt('Summarise our meeting notes in three bullets');
    await waitFor(
      'the text in the prompt',
      async () => (await promptValue()) === 'Summarise our meeting notes in three bullets',
      { timeoutMs: 5_000 },
    );
    expect(await guardText()).toBe('');
    await page.locator('#prompt').fill('');
  });

  it('warns before a card number reaches the page, and Cancel keeps it out', async () => {
    await pasteIntoPrompt(PROMPT_TEXT);
    const shown = await waitFor(
      'the warning',
      async () => (await guardText()).includes('Cancel') && guardText(),
      { timeoutMs: 5_000 },
    );
    expect(shown).toContain('personal data');
    expect(shown).toContain('a payment card number');
    expect(shown).toContain('Your organisation allows public data and internal data in ChatGPT.');
    expect(shown, 'the warning never shows the content back').not.toContain(CARD_DIGITS.slice(-4));
    // Focus is on Cancel: the user presses Enter.
    await page.keyboard.press('Enter');
    await waitFor('the warning to close', async () => !(await guardText()).includes('Cancel'), {
      timeoutMs: 5_000,
    });
    expect(await promptValue()).toBe('');
    expect(
      await page.evaluate(() => (window as unknown as { pagePastes: number }).pagePastes),
      'the page never saw the held paste',
    ).toBe(2);
  });

  it('"Paste anyway" puts exactly the pasted text where it was pasted', async () => {
    await pasteIntoPrompt(PROMPT_TEXT);
    await waitFor('the warning', async () => (await guardText()).includes('Paste anyway'), {
      timeoutMs: 5_000,
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor('the text in the prompt', async () => (await promptValue()) === PROMPT_TEXT, {
      timeoutMs: 5_000,
    });
  });

  it('sends the server only counts per tool, day and data class', async () => {
    await syncNow(browser);
    const rows = await waitFor(
      'the counts on the server',
      async () => {
        const r = await server.server.db.selectFrom('guard_days').selectAll().orderBy('data_class').execute();
        return r.length === 2 && r.every((x) => Number(x.warnings) === 2) && r;
      },
      { timeoutMs: 30_000 },
    );
    expect(rows.map((r) => [r.tool_id, r.data_class, Number(r.warnings), Number(r.pasted_anyway)])).toEqual([
      ['chatgpt', 'confidential', 2, 1],
      ['chatgpt', 'personal', 2, 1],
    ]);
    const pushes = proxy.seen.filter((r) => r.path.includes('sync.push') && r.body.includes('data_guard'));
    expect(pushes.length).toBeGreaterThan(0);
    for (const request of proxy.seen) {
      for (const secret of [CARD, CARD_DIGITS, CARD_DIGITS.slice(-8), 'refund', 'Summarise']) {
        expect(`${request.path}\n${request.body}`, `${request.path} carries "${secret}"`).not.toContain(
          secret,
        );
      }
    }
    for (const request of pushes) {
      const { events } = JSON.parse(request.body) as { events: Array<Record<string, unknown>> };
      for (const e of events.filter((x) => x.kind === 'data_guard'))
        expect(Object.keys(e).sort()).toEqual([
          'at',
          'dataClass',
          'day',
          'id',
          'kind',
          'pastedAnyway',
          'toolId',
          'warnings',
        ]);
    }
  });
});
