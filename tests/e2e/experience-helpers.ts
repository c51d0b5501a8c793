import { createHash } from 'node:crypto';
import { createCaller } from '@lantern/server';
import type { Page } from 'playwright-core';
import { TEST_EXTENSION_ID, waitFor, type ExtensionBrowser, type LanternTestServer } from './harness';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The admin's side, through the same tRPC procedures the dashboard and CLI call. */
export function adminOf(server: LanternTestServer) {
  return createCaller({
    db: server.server.db,
    dialect: 'sqlite',
    auth: {
      kind: 'staff',
      role: 'admin',
      tokenId: 'e2e',
      name: 'e2e-admin',
      via: 'bearer',
      csrfOk: true,
      sessionId: null,
    },
  }).admin;
}

export const extensionUrl = (path: string) => `chrome-extension://${TEST_EXTENSION_ID}${path}`;

/** Push what is queued and pull the config now, as the popup's "sync now" does (an extension page asks). */
export async function syncNow(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(extensionUrl('/my-ai-use.html'));
    const reply = await page.evaluate(() => {
      const ext = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
        }
      ).chrome;
      return ext.runtime.sendMessage({ type: 'syncNow' });
    });
    if (!reply.ok) throw new Error(`syncNow failed: ${reply.error}`);
  } finally {
    await page.close();
  }
}

/** Visits a tool page and waits for the notice, or for the load plus a quiet moment when none is expected. */
export async function visitTool(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

export async function rows<T>(what: string, query: () => Promise<T[]>, atLeast = 1): Promise<T[]> {
  return waitFor(
    what,
    async () => {
      const found = await query();
      return found.length >= atLeast && found;
    },
    { timeoutMs: 20_000 },
  );
}
