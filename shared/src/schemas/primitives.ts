import { getDomain } from 'tldts-icann';
import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { LIMITS, PROTOCOL_VERSION } from '../protocol';

// These schemas are built with zod/mini, which the extension's service worker bundles instead of
// classic zod (a smaller script; docs/performance.md). Classic zod installs its English messages
// with its first schema and mini does not, so they are installed here, unless a locale is already
// set: every issue reads as it did (the worker shows them: a managed setting's problem, a refused
// message; the server sends them).
if (!z.config().localeError) z.config(en());

/** Stable, kebab-case tool identifier: `chatgpt`, `github-copilot`, `org-internal-rag`. */
export const ToolIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case tool id'),
  );
export type ToolId = z.infer<typeof ToolIdSchema>;

const HOSTNAME_RE =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Is `host` a registrable domain (`example.org`) or one of its subdomains? Public suffixes (`com`,
 * `co.uk`), single labels (`localhost`) and IP addresses are not: a tool claiming one would sweep in
 * every site under it. The Public Suffix List comes with `tldts-icann` (pure TS, no platform imports),
 * not a list of our own. Only the ICANN section counts: the private section's suffixes are each run by
 * one company (`hf.space` is Hugging Face's, and the catalog rightly claims all of it). The package
 * carries that section alone, so the extension's service worker does not ship the private one:
 * 30 KB gzip instead of 47 KB for `tldts` (measured 2026-12-05, index.esm.min.js, gzip -9). The
 * extension's build resolves `tldts-icann` to the same lookup over the same rules in a smaller form
 * (extension/src/psl/, held to this package's answers by its tests); the server uses the package.
 */
export function isRegistrableHost(host: string): boolean {
  return getDomain(host, { allowPrivateDomains: false, validateHostname: false }) !== null;
}

/** Hostname syntax alone: for hosts a browser visits (classification), never for tool definitions. */
export const HostnameSyntaxSchema = z.string().check(z.maxLength(LIMITS.hostname), z.regex(HOSTNAME_RE));

const REGISTRABLE = 'must be a registrable domain or its subdomain, not a public suffix like "com"';

/**
 * A lower-case ASCII hostname (IDNs in punycode) under a registrable domain. It cannot carry a
 * scheme, port, path or query, which is how the protocol keeps full URLs from ever leaving the browser.
 */
export const HostnameSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.hostname),
    z.regex(HOSTNAME_RE, 'must be a bare lower-case hostname (no scheme, port, path or query)'),
    z.refine(isRegistrableHost, REGISTRABLE),
  );
export type Hostname = z.infer<typeof HostnameSchema>;

/** `host/segment[/segment...]` with no scheme, query or fragment: `github.com/copilot`. */
export const UrlPrefixSchema = z.string().check(
  z.maxLength(LIMITS.urlPrefix),
  z.regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$/,
    'must be host/path with no scheme, query or fragment',
  ),
  z.refine((prefix) => isRegistrableHost(prefix.slice(0, prefix.indexOf('/'))), REGISTRABLE),
);

/** Chrome/Edge store ids are 32 letters a–p; Firefox ids are `{uuid}` or `name@domain`. */
export const ExtensionIdSchema = z
  .string()
  .check(
    z.maxLength(128),
    z.regex(
      /^(?:[a-p]{32}|\{[0-9a-fA-F-]{36}\}|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)$/,
      'must be a browser extension id',
    ),
  );

export const UUID_V7_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const EventIdSchema = z.string().check(z.regex(UUID_V7_RE, 'must be a lower-case UUIDv7'));
export type EventId = z.infer<typeof EventIdSchema>;

/** Epoch milliseconds between 2020-01-01 and 2100-01-01. */
export const TimestampSchema = z
  .number()
  .check(z.int(), z.minimum(1_577_836_800_000), z.maximum(4_102_444_800_000));

/** A calendar day in the device's local time, `YYYY-MM-DD`. */
export const DaySchema = z
  .string()
  .check(
    z.regex(/^(?:20[2-9]\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a day YYYY-MM-DD'),
    z.refine(isCalendarDay, 'must be a day that exists in the calendar'),
  );

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_FORM = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(day: string): boolean {
  // The usual form without a Date: a catalog release checks 20,000 of these (tools' `checked`).
  if (DAY_FORM.test(day)) {
    const y = Number(day.slice(0, 4));
    const m = Number(day.slice(5, 7));
    const d = Number(day.slice(8, 10));
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    // Date.UTC reads years 0-99 as 1900-1999, so the general path below refuses them too.
    return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]! + (m === 2 && leap ? 1 : 0);
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'));

export const EmailSchema = z.email().check(z.maxLength(254));

export const ProtocolVersionSchema = z.literal(PROTOCOL_VERSION, {
  error: `unsupported protocol version; this server speaks protocol ${PROTOCOL_VERSION}`,
});

/** Text typed into Lantern's own forms: trimmed, bounded, no control characters but newlines. */
export const textSchema = (max: number, min = 0) =>
  z.string().check(
    z.maxLength(max),
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    z.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'must not contain control characters'),
    z.refine((s) => s.trim().length >= min, { message: min > 0 ? 'must not be empty' : 'invalid text' }),
  );

export const DATA_CLASSES = ['public', 'internal', 'confidential', 'personal', 'special-category'] as const;
export const DataClassSchema = z.enum(DATA_CLASSES);
export type DataClass = z.infer<typeof DataClassSchema>;

export const DataClassListSchema = z.array(DataClassSchema).check(
  z.maxLength(DATA_CLASSES.length),
  z.refine((list) => new Set(list).size === list.length, 'must not repeat a data class'),
);
