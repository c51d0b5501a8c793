import { setOrgLocale } from './language';

/**
 * storage.local, not IndexedDB: the in-page notice (a content script) reads it too, and pages need it
 * before their first sentence. Written only by the background, from the pulled configuration.
 */
export const ORG_LOCALE_KEY = 'orgLocale';

/** Pages and the notice: take the organisation's language (if it chose one) before rendering. */
export async function loadOrgLocale(): Promise<void> {
  try {
    const stored: unknown = (await browser.storage.local.get(ORG_LOCALE_KEY))[ORG_LOCALE_KEY];
    setOrgLocale(typeof stored === 'string' ? stored : undefined);
  } catch {
    // storage unavailable (the extension is being reloaded): the browser's language will do
  }
}

/** Background, with every pulled configuration: this worker's language and the pages'. */
export async function applyOrgLocale(locale: string | undefined): Promise<void> {
  setOrgLocale(locale);
  // Every configuration change lands here (most change something else): write only a new language,
  // so storage.onChanged listeners in open pages do not fire for nothing.
  const stored: unknown = (await browser.storage.local.get(ORG_LOCALE_KEY))[ORG_LOCALE_KEY];
  if (stored === locale) return;
  if (locale === undefined) await browser.storage.local.remove(ORG_LOCALE_KEY);
  else await browser.storage.local.set({ [ORG_LOCALE_KEY]: locale });
}
