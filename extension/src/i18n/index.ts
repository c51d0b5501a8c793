import { de } from './de';
import { en, type Catalogue, type MessageKey } from './en';

export type { MessageKey } from './en';
export type Language = 'en' | 'de';
export const CATALOGUES: Record<Language, Catalogue> = { en, de };

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

function active() {
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

export function language(): Language {
  return active().language;
}

export type Params = Record<string, string | number>;

/** The sentence for `key` in the page's language, placeholders filled; text only, never HTML. */
export function t(key: MessageKey, params: Params = {}): string {
  const template = CATALOGUES[active().language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The `{name}` placeholders of a template, sorted: both catalogues must agree on them. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** The one date format of every Lantern page: the language's medium date, with time when asked. */
export function formatDate(at: number, withTime = false): string {
  return new Intl.DateTimeFormat(active().locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(at));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 minutes ago", "vor 2 Minuten"; "just now" under a minute; past a week, the date. */
export function formatAgo(at: number, now: number = Date.now()): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed >= 7 * 86_400_000) return formatDate(at, true);
  const rtf = new Intl.RelativeTimeFormat(active().locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return rtf.format(-Math.floor(elapsed / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** A list in the page's language: "public, internal and personal data". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(active().locale, { type: 'conjunction' }).format(items);
}
