import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { TEST_EXTENSION_ID } from './extension';
import { waitFor } from './wait';

export interface ServiceWorkerControl {
  /** Chromium's last reported running status of the extension's worker ('running', 'stopped', ...). */
  status(): string;
  /** Stops the worker as MV3 does when it is idle, and waits until Chromium reports it stopped. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches (and can stop) the extension's service worker through a DevTools session on a blank page
 * of the profile: `ServiceWorker.stopAllWorkers` stops it for real, so what wakes it next has to be
 * an event one of its first-turn listeners was registered for.
 */
export async function controlServiceWorker(browser: ExtensionBrowser): Promise<ServiceWorkerControl> {
  const workerUrl = `chrome-extension://${TEST_EXTENSION_ID}/background.js`;
  const page: Page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL === workerUrl) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    stop: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('the worker to stop', async () => status === 'stopped', { timeoutMs: 15_000 });
    },
    close: async () => {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}
