// Turns whatever the caller holds — a bare hostname, `host:port`, a URL with or without scheme — into a
// canonical lower-case ASCII hostname plus where the path starts. It runs on every navigation, so the
// common case (an already canonical URL from the browser) is read in place: no copy, no regex.
import { Check, MAX_HOSTNAME, MAX_LABEL, canonicalise, checkAscii } from './hostname';

/** Scheme + userinfo + host + port never needs more; longer authorities are junk. */
const MAX_AUTHORITY = 1024;

export interface Target {
  /** Canonical hostname: lower-case, ASCII (IDN as punycode), no trailing dot, no port. */
  host: string;
  /** The caller's string, so prefix matching can read the path without copying it. */
  source: string;
  /** Index in `source` where the path (or query/fragment) begins; `source.length` when there is none. */
  pathStart: number;
}

const WEB_SCHEMES = ['https', 'http', 'wss', 'ws'];

/** Is `s[start..end)` one of the schemes a browser tab or a page's fetch can carry? */
function isWebScheme(s: string, start: number, end: number): boolean {
  const len = end - start;
  for (const scheme of WEB_SCHEMES) if (scheme.length === len && s.startsWith(scheme, start)) return true;
  if (len < 2 || len > 5) return false;
  return WEB_SCHEMES.includes(s.slice(start, end).toLowerCase()); // rare: upper-case scheme
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff;
}

/**
 * Where the canonical hostname of a located input is: `text[hostStart..hostEnd)`. For an input that was
 * already canonical `text` is the input itself, so nothing was copied; `source` and `pathStart` locate
 * the path. The object is reused by the next `locate` call — copy what you keep.
 */
export interface Span {
  text: string;
  hostStart: number;
  hostEnd: number;
  source: string;
  pathStart: number;
}

const span: Span = { text: '', hostStart: 0, hostEnd: 0, source: '', pathStart: 0 };

/** The input without leading and trailing spaces (the same string when it has none). */
function trimSpaces(input: string): string {
  if (input.length === 0 || !(isSpace(input.charCodeAt(0)) || isSpace(input.charCodeAt(input.length - 1))))
    return input;
  let s = 0;
  let e = input.length;
  while (s < e && isSpace(input.charCodeAt(s))) s++;
  while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
  return input.slice(s, e);
}

/**
 * Where the authority starts: after a web scheme's "://" or a leading "//" (both > 0), or 0 for a
 * bare host; -1 for any other scheme. A scheme is letters/digits/+.- up to "://".
 */
function authorityStart(input: string): number {
  const end = input.length;
  let i = 0;
  while (i < end && i < 32) {
    const c = input.charCodeAt(i);
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (i > 0 && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))
    )
      i++;
    else break;
  }
  if (i > 0 && input.startsWith('://', i)) return isWebScheme(input, 0, i) ? i + 3 : -1;
  return input.startsWith('//') ? 2 : 0;
}

/** What `scanAuthority` found; reused, like `span`. */
const authority = { end: 0, hostStart: 0, colon: -1 };

/**
 * One pass over the authority: it ends at the first `/`, `?`, `#` or `\` (browsers read `\` as `/` in
 * web URLs); notes the last `@` (userinfo) and the first `:` after it (port). A long path is never
 * read. False for junk: an overlong authority, or userinfo without a scheme.
 */
function scanAuthority(input: string, start: number, hasScheme: boolean): boolean {
  const end = input.length;
  authority.end = end;
  authority.hostStart = start;
  authority.colon = -1;
  for (let p = start; p < end; p++) {
    const c = input.charCodeAt(p);
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      authority.end = p;
      break;
    }
    if (p - start > MAX_AUTHORITY) return false;
    if (c === 64 /* @ */) {
      // Userinfo only exists after "//"; `mailto:a@b.com` is not a visit to b.com.
      if (!hasScheme) return false;
      authority.hostStart = p + 1;
      authority.colon = -1;
    } else if (c === 58 /* : */ && authority.colon === -1) {
      authority.colon = p;
    }
  }
  return true;
}

/** Where the host ends: before `:port`; -1 when what follows the colon is not digits (`javascript:`). */
function hostEndOf(input: string, colon: number, authEnd: number): number {
  if (colon === -1) return authEnd;
  for (let p = colon + 1; p < authEnd; p++) {
    const c = input.charCodeAt(p);
    if (c < 48 || c > 57) return -1;
  }
  return colon;
}

/** Fills `span` with the canonical host of `input[hostStart..hostEnd)`: in place when already canonical. */
function spanOf(input: string, hostStart: number, hostEnd: number, pathStart: number): Span | null {
  const check = checkAscii(input, hostStart, hostEnd);
  if (check === Check.Invalid) return null;
  if (check === Check.Clean) {
    span.text = input;
    span.hostStart = hostStart;
    span.hostEnd = hostEnd;
  } else {
    const host = canonicalise(input.slice(hostStart, hostEnd));
    if (host === null) return null;
    span.text = host;
    span.hostStart = 0;
    span.hostEnd = host.length;
  }
  span.source = input;
  span.pathStart = pathStart;
  return span;
}

/** Where the authority starts after a lower-case web scheme's "://" at the very start; 0 when there is none. */
function webSchemeEnd(input: string): number {
  const c = input.charCodeAt(0);
  if (c === 104 /* h */) {
    if (input.startsWith('https://')) return 8;
    if (input.startsWith('http://')) return 7;
  } else if (c === 119 /* w */) {
    if (input.startsWith('wss://')) return 6;
    if (input.startsWith('ws://')) return 5;
  }
  return 0;
}

/**
 * The common case in one pass instead of three (scheme, authority, `checkAscii`): a bare host or a
 * lower-case web URL whose authority is an already canonical hostname, with no spaces around the
 * input, no userinfo and no port. Applies `checkAscii`'s rules on the way and fills `span` exactly as
 * the general path would, then returns true. Anything else — upper case, `%`, Unicode, `@`, `:`, a
 * doubtful label — returns false having decided nothing, and the general path reads the input as before.
 */
function locateCanonical(input: string): boolean {
  const length = input.length;
  if (length === 0 || isSpace(input.charCodeAt(0)) || isSpace(input.charCodeAt(length - 1))) return false;
  const start = webSchemeEnd(input);
  let labelStart = start;
  let end = length;
  for (let p = start; p < length; p++) {
    const c = input.charCodeAt(p);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c === 46 /* . */) {
      if (p === labelStart || p - labelStart > MAX_LABEL || input.charCodeAt(p - 1) === 45 /* - */)
        return false;
      labelStart = p + 1;
    } else if (c === 45 /* - */) {
      if (p === labelStart) return false;
    } else if (c === 47 || c === 63 || c === 35 || c === 92) {
      end = p; // `/`, `?`, `#` or `\`: the path starts here
      break;
    } else {
      return false;
    }
  }
  const hostLength = end - start;
  if (hostLength === 0 || hostLength > MAX_HOSTNAME || labelStart === end || end - labelStart > MAX_LABEL)
    return false;
  if (input.charCodeAt(end - 1) === 45 /* - */) return false;
  span.text = input;
  span.hostStart = start;
  span.hostEnd = end;
  span.source = input;
  span.pathStart = end;
  return true;
}

/**
 * Finds the hostname in a hostname or web URL without copying it when it is already canonical. Returns
 * null for anything that is not an http(s)/ws(s) URL or a bare host — `javascript:`, `data:`,
 * `chrome://`, IPv6 literals, malformed hosts — and never throws.
 */
export function locate(raw: string): Span | null {
  if (typeof raw !== 'string') return null;
  if (locateCanonical(raw)) return span;
  const input = trimSpaces(raw);
  if (input.length === 0) return null;
  const start = authorityStart(input);
  if (start === -1 || !scanAuthority(input, start, start > 0)) return null;
  const { end: authEnd, hostStart, colon } = authority;
  if (input.charCodeAt(hostStart) === 91 /* [ */) return null; // IPv6 literal: never an AI product's host
  const hostEnd = hostEndOf(input, colon, authEnd);
  return hostEnd === -1 ? null : spanOf(input, hostStart, hostEnd, authEnd);
}

/** Like `locate`, but returns a fresh object holding the hostname as its own string. */
export function parseTarget(input: string): Target | null {
  const found = locate(input);
  if (found === null) return null;
  const { text, hostStart, hostEnd } = found;
  const host = hostStart === 0 && hostEnd === text.length ? text : text.slice(hostStart, hostEnd);
  return { host, source: found.source, pathStart: found.pathStart };
}

/** The canonical hostname of a hostname or URL (see `locate`), or null when there is none. */
export function normalizeHostname(input: string): string | null {
  return parseTarget(input)?.host ?? null;
}
