import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { TEST_EXTENSION_DIR, TEST_EXTENSION_ID, assertTestBuild } from './extension';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker now (MV3 may stop and restart it; this finds the live one). */
  worker(): Promise<Worker>;
  /** Runs `fn` inside the service worker, e.g. `() => chrome.storage.local.get(null)`. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** `--host-resolver-rules` value, e.g. from `AiSites.hostRules([...])`. */
  hostRules?: string;
  extensionDir?: string;
  /** Reuse this profile (a browser restart); the caller deletes it. Default: a fresh one, deleted on close. */
  profileDir?: string;
}

/**
 * Debian's Chromium with the test build of the extension, in a fresh profile that `close()` deletes.
 * The flags keep Chromium off the (closed) network except for what the test maps.
 */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? TEST_EXTENSION_DIR;
  assertTestBuild(extensionDir);
  const ownsProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lantern-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--ignore-certificate-errors',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
  if (options.hostRules) args.push(`--host-resolver-rules=${options.hostRules}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      timeout: 90_000,
    });
  } catch (error) {
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const worker = async (): Promise<Worker> => {
    const live = context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${TEST_EXTENSION_ID}/`));
    if (live) return live;
    return context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${TEST_EXTENSION_ID}/`),
      timeout: 60_000,
    });
  };
  const first = await worker();
  const extensionId = new URL(first.url()).host;
  if (extensionId !== TEST_EXTENSION_ID)
    throw new Error(`loaded extension ${extensionId}, expected ${TEST_EXTENSION_ID}`);

  return {
    context,
    extensionId,
    worker,
    evaluate: async (fn, arg) => (await worker()).evaluate(fn as never, arg as never),
    close: async () => {
      await context.close().catch(() => undefined);
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
