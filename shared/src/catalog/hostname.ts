// Hostname canonicalisation: a fast check that an ASCII hostname is already canonical (the case for every
// URL a browser hands over), and the slow path for the rest — case, a trailing dot, %-escapes, Unicode.
import { labelToAscii } from './punycode';

export const MAX_HOSTNAME = 253;
export const MAX_LABEL = 63;

/** What `checkAscii` found. */
export const Check = { Clean: 0, NeedsSlowPath: 1, Invalid: 2 } as const;
export type Check = (typeof Check)[keyof typeof Check];

/** Classifies `s[start..end)` as an already canonical hostname, one to canonicalise, or hopeless. */
export function checkAscii(s: string, start: number, end: number): Check {
  if (end <= start) return Check.Invalid;
  // Too long as it stands, but %-escapes or a trailing dot may still shrink it.
  if (end - start > MAX_HOSTNAME) return end - start > MAX_HOSTNAME * 3 ? Check.Invalid : Check.NeedsSlowPath;
  let labelStart = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === labelStart || i - labelStart > MAX_LABEL) return Check.NeedsSlowPath;
      if (s.charCodeAt(i - 1) === 45 /* - */) return Check.Invalid;
      labelStart = i + 1;
    } else if (c === 45 /* - */) {
      if (i === labelStart) return Check.Invalid;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      // Upper case, a trailing dot's empty label, %-escapes and Unicode all go the slow way.
      return c >= 128 || c === 37 || (c >= 65 && c <= 90) ? Check.NeedsSlowPath : Check.Invalid;
    }
  }
  if (labelStart === end || end - labelStart > MAX_LABEL) return Check.NeedsSlowPath;
  return s.charCodeAt(end - 1) === 45 ? Check.Invalid : Check.Clean;
}

/** UTS #46 treats these as label separators too. */
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;

/** The rare path: percent-escapes, upper case, a trailing dot, Unicode labels. */
export function canonicalise(raw: string): string | null {
  let host = raw;
  if (host.includes('%')) {
    try {
      host = decodeURIComponent(host);
    } catch {
      return null;
    }
  }
  host = host.normalize('NFC').toLowerCase().replace(IDEOGRAPHIC_DOTS, '.');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > MAX_HOSTNAME * 4) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const ascii = labelToAscii(labels[i]!);
    if (ascii === null) return null;
    labels[i] = ascii;
  }
  const result = labels.join('.');
  return checkAscii(result, 0, result.length) === Check.Clean ? result : null;
}
