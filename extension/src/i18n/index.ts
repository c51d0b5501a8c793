import { de } from './de';
import { en, type Catalogue, type MessageKey } from './en';
import { active, fill, type Language, type Params } from './language';

export type { MessageKey } from './en';
export { setLanguage, type Language, type Params } from './language';
export const CATALOGUES: Record<Language, Catalogue> = { en, de };

export function language(): Language {
  return active().language;
}

/** The sentence for `key` in the page's language, placeholders filled; text only, never HTML. */
export function t(key: MessageKey, params: Params = {}): string {
  return fill(CATALOGUES[active().language][key], params);
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
