// Shared by the dashboard end-to-end tests: a seeded server, a browser, and the device side of the
// wire protocol spoken over plain HTTP, the way the extension speaks it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROTOCOL_VERSION, type PullOutput, type SyncEvent } from '@lantern/shared';
import type { Page } from 'playwright-core';

/**
 * `pnpm screenshots` (LANTERN_SCREENSHOTS=1) refreshes the tracked docs/screenshots; `pnpm test` takes
 * the same screenshots into a temporary folder, so a test run never rewrites tracked files.
 */
export const SCREENSHOT_DIR =
  process.env.LANTERN_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : `${mkdtempSync(join(tmpdir(), 'lantern-screenshots-'))}/`;
const BUILD_SCRIPT = fileURLToPath(new URL('../../server/dashboard/build-if-changed.mjs', import.meta.url));

/** Builds the dashboard when its sources changed (a no-op after `pnpm test`'s build:test step). */
export function ensureDashboardBuilt(): void {
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dashboard build failed:\n${result.stdout}\n${result.stderr}`);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function trpc<T>(
  base: string,
  path: string,
  init: { input: unknown; token?: string; method: 'GET' | 'POST' },
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const url =
    init.method === 'GET'
      ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(init.input))}`
      : `${base}/trpc/${path}`;
  const res = await fetch(url, {
    method: init.method,
    headers,
    body: init.method === 'POST' ? JSON.stringify(init.input) : undefined,
  });
  const body = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  if (!res.ok || !body.result)
    throw new Error(`${path} → ${res.status}: ${body.error?.message ?? 'no result'}`);
  return body.result.data;
}

/** An admin API call with a bearer token, as a script would make it (mutations and queries alike). */
export function adminCall<T>(base: string, token: string, path: string, input: unknown): Promise<T> {
  return trpc<T>(base, path, { method: 'POST', token, input });
}

/** A browser as the extension would be: enrolled with a token, then pushing and pulling. */
export async function enrolDevice(base: string, enrollmentToken: string, userEmail: string) {
  const { deviceToken } = await trpc<{ deviceToken: string }>(base, 'device.enroll', {
    method: 'POST',
    input: {
      protocolVersion: PROTOCOL_VERSION,
      enrollmentToken,
      userEmail,
      browser: 'chrome',
      browserVersion: '131.0',
      extensionVersion: '0.1.0',
    },
  });
  return {
    pull: (configVersion: number) =>
      trpc<PullOutput>(base, 'sync.pull', {
        method: 'GET',
        token: deviceToken,
        input: { protocolVersion: PROTOCOL_VERSION, configVersion },
      }),
    push: (events: SyncEvent[]) =>
      trpc<{ stored: string[] }>(base, 'sync.push', {
        method: 'POST',
        token: deviceToken,
        input: { protocolVersion: PROTOCOL_VERSION, events },
      }),
  };
}

/** The HTTP status a cookie-authenticated call gets from inside the page (same origin, with the tab's CSRF token). */
export async function callFromPage(page: Page, path: string, input: unknown): Promise<number> {
  return page.evaluate(
    async ({ path, input }) => {
      const res = await fetch(`/trpc/${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          'x-lantern-csrf': localStorage.getItem('lantern.csrf') ?? '',
        },
        body: JSON.stringify(input),
      });
      return res.status;
    },
    { path, input },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let charts and lists settle: no request in flight, fonts laid out.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: false });
}

export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/#/overview`);
  // By keyboard, as a screen-reader or keyboard-only user would.
  const field = page.getByLabel('Access token');
  await field.fill(token);
  await field.press('Enter');
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

/** Form controls on the page with no accessible name: each should be empty. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input, select, textarea',
      ),
    )
      .filter(
        (el) =>
          el.type !== 'hidden' &&
          el.labels?.length === 0 &&
          !el.getAttribute('aria-label') &&
          !el.getAttribute('aria-labelledby'),
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
