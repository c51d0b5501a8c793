import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { startAiSites } from '../../e2e/harness/ai-sites';
import { CHROMIUM_PATH } from '../../e2e/harness/browser';
import { waitFor } from '../../e2e/harness/wait';

export interface PageScripts {
  url: string;
  /** Scripts that ran in the page's frames from the extension (its URL or an isolated world). */
  scripts: string[];
  bytes: number;
}

export interface InjectedMeasurement {
  registeredContentScripts: number;
  nonAi: PageScripts;
  aiControl: PageScripts;
}

/** Every script the page's target parsed that came from an extension, with its source size. */
async function extensionScriptsOn(context: BrowserContext, url: string): Promise<PageScripts> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const isolated = new Set<number>();
    const parsed: { scriptId: string; url: string; executionContextId: number }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => {
      const aux = e.context.auxData as { isDefault?: boolean; type?: string } | undefined;
      // Isolated worlds are where content scripts run; Playwright's own utility world is not ours.
      const ours = aux?.type === 'isolated' && !e.context.name.startsWith('__playwright');
      if (ours || e.context.origin.startsWith('chrome-extension://')) isolated.add(e.context.id);
    });
    cdp.on('Debugger.scriptParsed', (e) => parsed.push(e));
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle at the latest; give a loaded machine time to get there.
    await page.waitForTimeout(2_000);
    const fromExtension = parsed.filter(
      (s) => s.url.startsWith('chrome-extension://') || isolated.has(s.executionContextId),
    );
    let bytes = 0;
    for (const s of fromExtension) {
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: s.scriptId });
      bytes += Buffer.byteLength(scriptSource, 'utf8');
    }
    await cdp.detach();
    return {
      url,
      scripts: fromExtension.map((s) => s.url || `(isolated world ${s.executionContextId})`),
      bytes,
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads the built extension into Chromium, waits until its worker has registered its content scripts
 * (so a zero means "not injected", not "not ready yet"), then counts extension scripts on a local
 * non-AI page and, as a control that the count can see them, on an AI tool's page.
 */
export async function measureInjected(extensionDir: string): Promise<InjectedMeasurement> {
  const nonAiHost = 'intranet.example.com';
  const aiHost = 'chatgpt.com';
  const sites = await startAiSites();
  const profile = mkdtempSync(join(tmpdir(), 'lantern-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: 90_000,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--ignore-certificate-errors',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${sites.hostRules([nonAiHost, aiHost])}`,
      ],
    });
    const ctx = context;
    const worker: Worker =
      ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await ctx.waitForEvent('serviceworker', { timeout: 60_000 }));
    const registered = await waitFor(
      'the extension to register its content scripts',
      async () => {
        const n = await worker.evaluate(async () => {
          const api = (
            globalThis as unknown as {
              chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
            }
          ).chrome;
          return (await api.scripting.getRegisteredContentScripts()).length;
        });
        return n > 0 ? n : false;
      },
      { timeoutMs: 30_000 },
    ).catch(() => 0);
    const nonAi = await extensionScriptsOn(ctx, `https://${nonAiHost}/`);
    const aiControl = await extensionScriptsOn(ctx, `https://${aiHost}/`);
    return { registeredContentScripts: registered, nonAi, aiControl };
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    await sites.close();
  }
}
