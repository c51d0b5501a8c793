import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostnameSyntaxSchema } from '../schemas/primitives';
import { catalog, classifyUrl, normalizeHostname } from './index';

// The WHATWG URL parser, global in Node; shared's tsconfig has no DOM lib, so declare the slice used.
declare const URL: new (input: string) => { hostname: string };

/** The same rule as HostnameSyntaxSchema, as a plain regex for the hot loops below. */
const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const split = (prefix: string) => {
  const slash = prefix.indexOf('/');
  return { host: prefix.slice(0, slash), path: prefix.slice(slash) };
};

/** `www.example.com` ↔ `example.com`: a prefix written for one form of a host matches the other too. */
const wwwTwin = (host: string) => (host.startsWith('www.') ? host.slice(4) : `www.${host}`);

/**
 * The obvious, slow way: scan every tool; a prefix on the exact host (or the other form of it, with or
 * without `www.`) beats a domain; the longest path wins, and on the same path the form written wins.
 */
const prefixEntries = catalog.flatMap((tool) =>
  tool.urlPrefixes.map((prefix) => ({ tool, prefix, ...split(prefix) })),
);

const domainEntries = catalog.flatMap((tool) =>
  tool.domains.map((domain) => ({ tool, domain, dotted: `.${domain}` })),
);

function reference(host: string, path: string): { toolId: string; via: string; pattern: string } | null {
  if (!HostnameSyntaxSchema.safeParse(host).success) return null;
  let best: { toolId: string; via: string; pattern: string; length: number } | null = null;
  let written = false;
  for (const { tool, ...p } of prefixEntries) {
    const onBoundary = path === p.path || path.startsWith(`${p.path}/`);
    const exact = p.host === host;
    if (!onBoundary || !(exact || wwwTwin(p.host) === host)) continue;
    const better =
      !best || p.path.length > best.length || (p.path.length === best.length && exact && !written);
    if (better) {
      best = { toolId: tool.id, via: 'urlPrefix', pattern: `${host}${p.path}`, length: p.path.length };
      written = exact;
    }
  }
  if (best) return { toolId: best.toolId, via: best.via, pattern: best.pattern };
  for (const { tool, domain, dotted } of domainEntries) {
    if ((host === domain || host.endsWith(dotted)) && (!best || domain.length > best.length)) {
      best = { toolId: tool.id, via: 'domain', pattern: domain, length: domain.length };
    }
  }
  return best && { toolId: best.toolId, via: best.via, pattern: best.pattern };
}

const catalogHosts = [
  ...catalog.flatMap((t) => t.domains),
  ...catalog.flatMap((t) => t.urlPrefixes.map((p) => split(p).host)),
  ...catalog.flatMap((t) => t.urlPrefixes.map((p) => wwwTwin(split(p).host))),
];
const otherHosts = [
  'example.com',
  'google.com',
  'mail.google.com',
  'github.com',
  'x.com',
  'www.bing.com',
  'ai',
  'com',
];
/** Any code points at all, lone surrogates included (built directly: fast-check's unit tables are slow to load). */
const anyCodePoints = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 40 })
  .map((codes) => String.fromCodePoint(...codes));
// A label with "--" in its third and fourth places is reserved for IDNA ("xn--"): WHATWG rejects an invalid one
// (xn--0), which is no hostname a catalog could hold, so the generator leaves them out.
const label = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
  .filter((l) => l.slice(2, 4) !== '--');
const knownHost = fc.constantFrom(...catalogHosts, ...otherHosts);

/** Catalog hosts, their subdomains, look-alikes one edit away, and random domains. */
const hostArb = fc.oneof(
  knownHost,
  fc.tuple(label, knownHost).map(([sub, host]) => `${sub}.${host}`),
  fc.tuple(knownHost, fc.constantFrom('x', '-', '.evil.com', 'x.', '0')).map(([h, junk]) => `${h}${junk}`),
  fc.tuple(knownHost, fc.constantFrom('x', 'not', '-', 'a.')).map(([h, junk]) => `${junk}${h}`),
  fc.tuple(knownHost, fc.nat()).map(([h, n]) => {
    const i = n % h.length;
    return h.slice(0, i) + (h[i] === 'a' ? 'b' : 'a') + h.slice(i + 1);
  }),
  fc.domain(),
);

const prefixPaths = [...new Set(catalog.flatMap((t) => t.urlPrefixes.map((p) => split(p).path)))];
const pathArb = fc.oneof(
  fc.constant(''),
  fc.constant('/'),
  fc
    .tuple(fc.constantFrom(...prefixPaths), fc.constantFrom('', '/', '/x', '-fan', 'x', '/a/b', '.'))
    .map(([p, s]) => p + s),
  fc.array(label, { maxLength: 3 }).map((segments) => segments.map((s) => `/${s}`).join('')),
);

const urlArb = fc.record({
  scheme: fc.constantFrom('', 'https://', 'http://', 'HTTPS://', '//', 'wss://'),
  userinfo: fc.constantFrom('', '', 'user@', 'u:p@'),
  host: hostArb,
  upper: fc.boolean(),
  trailingDot: fc.boolean(),
  port: fc.constantFrom('', '', ':443', ':8080'),
  path: pathArb,
  query: fc.constantFrom('', '?q=secret', '?next=/copilot'),
  fragment: fc.constantFrom('', '#top'),
});

describe('classifyUrl agrees with a linear-scan reference', () => {
  it('on 10,000 generated hostnames and URLs', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(urlArb, (u) => {
        const userinfo = u.scheme === '' ? '' : u.userinfo;
        const host = (u.upper ? u.host.toUpperCase() : u.host) + (u.trailingDot ? '.' : '');
        const input = `${u.scheme}${userinfo}${host}${u.port}${u.path}${u.query}${u.fragment}`;
        const expected = reference(u.host, u.path);
        const actual = classifyUrl(input);
        expect(actual && { toolId: actual.toolId, via: actual.via, pattern: actual.pattern }).toEqual(
          expected,
        );
        if (actual) expect(actual.hostname).toBe(u.host);
      }),
      { numRuns: 10_000 },
    );
  });

  it(
    'never throws on arbitrary strings, and only ever reports a canonical hostname',
    { timeout: 60_000 },
    () => {
      fc.assert(
        // Returns a boolean rather than calling expect per run: fast-check reports the failing input.
        fc.property(fc.oneof(fc.string(), anyCodePoints), (input) => {
          const match = classifyUrl(input);
          const host = normalizeHostname(input);
          return (
            (match === null || HOSTNAME.test(match.hostname)) &&
            (host === null || HOSTNAME.test(host)) &&
            (match === null || match.hostname === host)
          );
        }),
        { numRuns: 1_000 },
      );
    },
  );

  it('reads web URLs the way the WHATWG URL parser does', () => {
    // Only URLs whose host is a valid hostname: WHATWG also accepts hosts a DNS name cannot have.
    const webUrl = urlArb
      .map((u) => ({ ...u, scheme: u.scheme.includes('http') ? u.scheme : 'https://' }))
      .filter((u) => HOSTNAME.test(u.host));
    fc.assert(
      fc.property(webUrl, (u) => {
        const host = (u.upper ? u.host.toUpperCase() : u.host) + (u.trailingDot ? '.' : '');
        const input = `${u.scheme}${u.userinfo}${host}${u.port}${u.path}${u.query}${u.fragment}`;
        return normalizeHostname(input) === new URL(input).hostname.replace(/\.$/, '');
      }),
      { numRuns: 2_000 },
    );
  });

  it('encodes Unicode hostnames to the same punycode as the WHATWG URL parser', () => {
    const letters = fc.constantFrom(
      ...'abcz09-',
      ...'àáâãäåæçèéêëìíîïñòóôõöøùúûüýþÿ',
      ...'абвгдежзийклмнопрстуфхцчшщыэюя',
      ...'中文网络域名测试人工智能助手',
      ...'日本語のテスト',
    );
    const unicodeLabel = fc
      .array(letters, { minLength: 1, maxLength: 10 })
      .map((chars) => chars.join(''))
      .filter((l) => !l.startsWith('-') && !l.endsWith('-') && l.slice(2, 4) !== '--');
    fc.assert(
      fc.property(
        fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('com', 'ai', 'cn'),
        (labels, tld) => {
          const input = `https://${labels.join('.')}.${tld}/x`;
          expect(normalizeHostname(input)).toBe(new URL(input).hostname);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
