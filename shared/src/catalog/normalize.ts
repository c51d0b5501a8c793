// Turns whatever the caller holds — a bare hostname, `host:port`, a URL with or without scheme — into a
// canonical lower-case ASCII hostname plus where the path starts. It runs on every navigation, so the
// common case (an already canonical URL from the browser) is read in place: no copy, no regex.
import { Check, canonicalise, checkAscii } from './hostname';

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

/**
 * Finds the hostname in a hostname or web URL without copying it when it is already canonical. Returns
 * null for anything that is not an http(s)/ws(s) URL or a bare host — `javascript:`, `data:`,
 * `chrome://`, IPv6 literals, malformed hosts — and never throws.
 */
export function locate(raw: string): Span | null {
  if (typeof raw !== 'string') return null;
  let input = raw;
  if (input.length > 0 && (isSpace(input.charCodeAt(0)) || isSpace(input.charCodeAt(input.length - 1)))) {
    let s = 0;
    let e = input.length;
    while (s < e && isSpace(input.charCodeAt(s))) s++;
    while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
    input = input.slice(s, e);
  }
  let start = 0;
  const end = input.length;
  if (end === 0) return null;

  // A scheme is letters/digits/+.- up to "://"; only web schemes are accepted.
  let i = start;
  while (i < end && i - start < 32) {
    const c = input.charCodeAt(i);
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (i > start && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))
    )
      i++;
    else break;
  }
  let hasScheme = false;
  if (i > start && input.startsWith('://', i)) {
    if (!isWebScheme(input, start, i)) return null;
    start = i + 3;
    hasScheme = true;
  } else if (input.startsWith('//', start)) {
    start += 2;
    hasScheme = true;
  }

  // One pass over the authority: it ends at the first `/`, `?`, `#` or `\` (browsers read `\` as `/` in
  // web URLs); note the last `@` (userinfo) and the first `:` after it (port). A long path is never read.
  let authEnd = end;
  let hostStart = start;
  let colon = -1;
  for (let p = start; p < end; p++) {
    const c = input.charCodeAt(p);
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      authEnd = p;
      break;
    }
    if (p - start > MAX_AUTHORITY) return null;
    if (c === 64 /* @ */) {
      // Userinfo only exists after "//"; `mailto:a@b.com` is not a visit to b.com.
      if (!hasScheme) return null;
      hostStart = p + 1;
      colon = -1;
    } else if (c === 58 /* : */ && colon === -1) {
      colon = p;
    }
  }
  if (input.charCodeAt(hostStart) === 91 /* [ */) return null; // IPv6 literal: never an AI product's host

  // `host:port` — anything after the colon but digits means this was a scheme like `javascript:`.
  let hostEnd = authEnd;
  if (colon !== -1) {
    for (let p = colon + 1; p < authEnd; p++) {
      const c = input.charCodeAt(p);
      if (c < 48 || c > 57) return null;
    }
    hostEnd = colon;
  }

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
  span.pathStart = authEnd;
  return span;
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
