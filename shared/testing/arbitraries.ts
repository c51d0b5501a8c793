import fc from 'fast-check';
import { LIMITS } from '../src/protocol';
import { DATA_CLASSES, isRegistrableHost } from '../src/schemas/primitives';
import { PURPOSE_CATEGORIES } from '../src/schemas/purpose';
import { TOOL_CATEGORIES } from '../src/schemas/tool';
import { USAGE_SIGNALS, type EventOf, type SyncEvent, type SyncEventKind } from '../src/schemas/events';

/**
 * Hand-written fast-check arbitraries for every valid wire event (zod-fast-check does not support
 * zod 4). They aim at the edges: strings exactly at their bound, astral characters, newlines, counts at
 * zero and at their maximum. Tests only.
 */

// The characters textSchema refuses; matching them on purpose is the point here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Cuts by code points so an astral character is never split, until the UTF-16 length fits. */
function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Text typed into Lantern's forms: any Unicode but control characters (newline and tab allowed). */
export function textArb(max: number, min = 0): fc.Arbitrary<string> {
  const anyText = fc.string({ unit: 'binary', maxLength: max });
  const atBound = fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max });
  const withBreaks = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\t')), {
      maxLength: 20,
    })
    .map((parts) => parts.join(''));
  return fc.oneof(anyText, atBound, withBreaks).map((raw) => {
    let s = raw.replace(FORBIDDEN_CONTROL, '');
    if (s.trim().length < min) s = 'x'.repeat(min) + s;
    return fit(s, max);
  });
}

const lowerAlnum = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

export const toolIdArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.string({ unit: fc.constantFrom(...lowerAlnum), minLength: 1, maxLength: 12 }), {
      minLength: 1,
      maxLength: 5,
    })
    .map((segments) => segments.join('-')),
  fc.constantFrom('chatgpt', 'github-copilot', 'org-internal-rag', 'a'.repeat(64)),
);

const labelArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...lowerAlnum), minLength: 1, maxLength: 63 }),
  fc
    .tuple(
      fc.constantFrom(...lowerAlnum),
      fc.string({ unit: fc.constantFrom(...lowerAlnum, '-'), maxLength: 61 }),
      fc.constantFrom(...lowerAlnum),
    )
    .map(([a, mid, b]) => a + mid + b),
);

/** Bare lower-case hostnames, up to the 253-character limit. */
export const hostnameArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.domain().filter((h) => h.length <= LIMITS.hostname),
    fc
      .array(labelArb, { minLength: 1, maxLength: 6 })
      .map((labels) => fit(labels.join('.'), LIMITS.hostname)),
  )
  .filter((h) => /^[a-z0-9](?:.*[a-z0-9])?$/.test(h) && !h.includes('..') && !/(^|\.)-|-(\.|$)/.test(h))
  .filter(isRegistrableHost);

const hex = '0123456789abcdef'.split('');
export const sha256Arb = fc.string({ unit: fc.constantFrom(...hex), minLength: 64, maxLength: 64 });
export const eventIdArb = fc.uuid({ version: 7 });
export const timestampArb = fc.integer({ min: 1_577_836_800_000, max: 4_102_444_800_000 });
export const dayArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const extensionIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop'), minLength: 32, maxLength: 32 }),
  fc.uuid().map((u) => `{${u}}`),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...lowerAlnum, '.', '_', '+', '-'), minLength: 1, maxLength: 40 }),
      hostnameArb,
    )
    .map(([local, domain]) => fit(`${local}@${domain}`, 128))
    .filter((id) => /@[A-Za-z0-9.-]+$/.test(id)),
);

/** Plain objects, like the ones a client serialises (fast-check defaults to null prototypes). */
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { noNullPrototype: true });

const dataClassesArb = fc.shuffledSubarray([...DATA_CLASSES]);
const base = { id: eventIdArb, at: timestampArb };
const count = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));

export const eventArbs: { [K in SyncEventKind]: fc.Arbitrary<EventOf<K>> } = {
  usage: rec({
    ...base,
    kind: fc.constant('usage'),
    toolId: toolIdArb,
    signal: fc.constantFrom(...USAGE_SIGNALS),
    day: dayArb,
    visits: count(0, LIMITS.visitsPerDay),
    activeSeconds: count(0, LIMITS.secondsPerDay),
  }),
  embedded_discovery: rec({
    ...base,
    kind: fc.constant('embedded_discovery'),
    toolId: toolIdArb,
    initiatorHost: hostnameArb,
    endpointHost: hostnameArb,
    day: dayArb,
    requests: count(1, LIMITS.visitsPerDay),
  }),
  extension_inventory: rec({
    ...base,
    kind: fc.constant('extension_inventory'),
    extensions: fc.array(
      rec({
        extensionId: extensionIdArb,
        toolId: toolIdArb,
        name: textArb(LIMITS.shortText),
        enabled: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  }),
  registration: rec({
    ...base,
    kind: fc.constant('registration'),
    toolId: toolIdArb,
    purposeCategory: fc.constantFrom(...PURPOSE_CATEGORIES),
    purposeText: textArb(LIMITS.purposeText),
    dataClasses: dataClassesArb,
    affectsPeople: fc.boolean(),
  }),
  registration_withdrawal: rec({
    ...base,
    kind: fc.constant('registration_withdrawal'),
    toolId: toolIdArb,
  }),
  acknowledgement: rec({
    ...base,
    kind: fc.constant('acknowledgement'),
    policyVersion: fc.integer({ min: 1, max: 1_000_000 }),
    policySha256: sha256Arb,
    toolId: fc.option(toolIdArb, { nil: null }),
    conditionsSha256: fc.option(sha256Arb, { nil: null }),
  }).map((ack) => (ack.toolId === null ? { ...ack, conditionsSha256: null } : ack)),
  justification: rec({
    ...base,
    kind: fc.constant('justification'),
    toolId: toolIdArb,
    reason: textArb(LIMITS.reasonText, 1),
  }),
  approval_request: rec({
    ...base,
    kind: fc.constant('approval_request'),
    toolId: toolIdArb,
    reason: textArb(LIMITS.reasonText, 1),
  }),
  self_report: rec({
    ...base,
    kind: fc.constant('self_report'),
    name: textArb(LIMITS.shortText, 1),
    hostname: fc.option(hostnameArb, { nil: null }),
    category: fc.option(fc.constantFrom(...TOOL_CATEGORIES), { nil: null }),
    purposeText: textArb(LIMITS.purposeText),
  }),
  data_guard: rec({
    ...base,
    kind: fc.constant('data_guard'),
    toolId: toolIdArb,
    day: dayArb,
    dataClass: fc.constantFrom(...DATA_CLASSES),
    warnings: count(1, LIMITS.guardWarningsPerDay),
    pastedAnyway: count(0, LIMITS.guardWarningsPerDay),
  }).map((e) => ({ ...e, pastedAnyway: Math.min(e.pastedAnyway, e.warnings) })),
  literacy_completion: rec({
    ...base,
    kind: fc.constant('literacy_completion'),
    moduleId: toolIdArb,
    moduleVersion: fc.integer({ min: 1, max: 1000 }),
    moduleSha256: sha256Arb,
    score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    toolId: fc.option(toolIdArb, { nil: null }),
  }),
};

export const syncEventArb: fc.Arbitrary<SyncEvent> = fc.oneof(
  ...(Object.values(eventArbs) as fc.Arbitrary<SyncEvent>[]),
);
