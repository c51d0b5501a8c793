import { getDb } from '../db/app-db';
import { getEnrolment } from '../db/state';
import { readManagedSettings } from './managed';

/**
 * Chrome loads policy a moment after the extension starts; waiting this long before deciding keeps
 * the welcome page from flashing up on a browser that managed storage enrols zero-touch.
 */
export const WELCOME_DELAY_MS = 4_000;

/** After a fresh install with no organisation policy and no enrolment: open the welcome page once. */
export async function openWelcomeIfUnconnected(wait = WELCOME_DELAY_MS): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, wait));
  const { settings } = await readManagedSettings();
  if (settings.serverUrl !== null) return false;
  if (await getEnrolment(getDb())) return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return true;
}
