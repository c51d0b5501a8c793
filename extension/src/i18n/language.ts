import type { EmployeeLanguage } from '@lantern/shared';

/** The page's language, apart from any catalogue, so the notice can use it without the pages' texts. */
export type Language = EmployeeLanguage;

// The shared list, repeated here so the in-page notice does not bundle zod; the type below fails to
// compile when the two differ.
const LANGUAGES = ['en', 'de'] as const satisfies readonly Language[];
const EVERY_LANGUAGE_LISTED: Exclude<Language, (typeof LANGUAGES)[number]> extends never ? true : never =
  true;
void EVERY_LANGUAGE_LISTED;

/** The browser's UI language (what `_locales` follows too). */
export function browserLanguage(): string {
  try {
    const ui = browser.i18n.getUILanguage();
    if (ui) return ui;
  } catch {
    // the fake browser of unit tests has no i18n
  }
  return globalThis.navigator?.language ?? 'en';
}

export interface Active {
  language: Language;
  /** The tag dates and lists are formatted with: one format on every page. */
  locale: string;
}

const ENGLISH: Active = { language: 'en', locale: 'en' };

/** A well-formed language tag in canonical form ("de-DE"), or null (Intl would throw on it). */
function canonical(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag === '' || tag.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function known(tag: string): Language | null {
  const primary = tag.split('-')[0]?.toLowerCase();
  return LANGUAGES.find((l) => l === primary) ?? null;
}

/**
 * The organisation's choice first, then the browser's language, then English. A language we have no
 * catalogue for gives English words and English dates, so a page never mixes two languages; an
 * organisation's choice we cannot read (a newer server, a damaged value) gives English too.
 */
export function resolveLanguage(org: unknown, browserTag: unknown): Active {
  if (org !== undefined && org !== null && org !== 'browser') {
    const tag = canonical(org);
    const language = tag === null ? null : known(tag);
    return tag !== null && language !== null ? { language, locale: tag } : ENGLISH;
  }
  const tag = canonical(browserTag);
  const language = tag === null ? null : known(tag);
  return tag !== null && language !== null ? { language, locale: tag } : ENGLISH;
}

let orgLocale: string | undefined;
let current: Active | null = null;

/** The language and the locale tag dates are formatted with. */
export function active(): Active {
  current ??= resolveLanguage(orgLocale, browserLanguage());
  return current;
}

/** Sets the organisation's choice (undefined: each browser's language) for this page or worker. */
export function setOrgLocale(locale: string | undefined): void {
  orgLocale = locale;
  current = null;
}

/** Tests and screenshots switch language; pages never call it. Null returns to the resolved one. */
export function setLanguage(tag: string | null): void {
  current = tag ? resolveLanguage(tag, 'en') : null;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; text only, never HTML. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
