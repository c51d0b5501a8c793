/** The page's language, apart from any catalogue, so the notice can use it without the pages' texts. */
export type Language = 'en' | 'de';

/** The browser's UI language (what `_locales` follows too); English when it is none we have. */
export function browserLanguage(): string {
  try {
    const ui = browser.i18n.getUILanguage();
    if (ui) return ui;
  } catch {
    // the fake browser of unit tests has no i18n
  }
  return globalThis.navigator?.language ?? 'en';
}

function pick(tag: string): Language {
  return tag.toLowerCase().startsWith('de') ? 'de' : 'en';
}

let current: { language: Language; locale: string } | null = null;

/** The language and the locale tag dates are formatted with. */
export function active(): { language: Language; locale: string } {
  if (!current) {
    const tag = browserLanguage();
    current = { language: pick(tag), locale: tag };
  }
  return current;
}

/** Tests and screenshots switch language; pages never call it. Null returns to the browser's. */
export function setLanguage(tag: string | null): void {
  current = tag ? { language: pick(tag), locale: tag } : null;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; text only, never HTML. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
