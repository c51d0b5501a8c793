import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../protocol';
import {
  EventIdSchema,
  ExtensionIdSchema,
  HostnameSchema,
  PushInputSchema,
  Sha256Schema,
  SyncEventSchema,
  ToolIdSchema,
  DaySchema,
} from '../index';
import { eventArbs, hostnameArb, syncEventArb, toolIdArb } from '../../testing/arbitraries';
import { boundedStrings } from '../../testing/schema-fields';

/** Bounds stated independently of the schemas, from the protocol's LIMITS and the fixed formats. */
const BOUND: Record<string, number> = {
  id: 36,
  day: 10,
  toolId: 64,
  initiatorHost: LIMITS.hostname,
  endpointHost: LIMITS.hostname,
  hostname: LIMITS.hostname,
  policySha256: 64,
  conditionsSha256: 64,
  moduleId: 64,
  moduleSha256: 64,
  purposeText: LIMITS.purposeText,
  reason: LIMITS.reasonText,
  name: LIMITS.shortText,
  extensionId: 128,
  kind: 'registration_withdrawal'.length,
  purposeCategory: 'critical-infrastructure'.length,
  signal: 'extension'.length,
  category: 'developer-platform'.length,
  dataClasses: 'special-category'.length,
  dataClass: 'special-category'.length,
};

/** Text the employee types into Lantern's own forms: the only strings that may hold any character. */
const FREE_TEXT = new Set(['purposeText', 'reason', 'name']);

/** Every string in a value with the key it sits under (array items under their array's key). */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const runs = { numRuns: 300 };

describe('every generated valid event', () => {
  it('parses, and survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(syncEventArb, (event) => {
        const wire = JSON.parse(JSON.stringify(event)) as unknown;
        expect(wire).toStrictEqual(event);
        expect(SyncEventSchema.parse(wire)).toStrictEqual(event);
      }),
      runs,
    );
  });

  it('parses as a batch of up to the batch limit', () => {
    fc.assert(
      fc.property(fc.array(syncEventArb, { minLength: 1, maxLength: 40 }), (events) => {
        expect(PushInputSchema.safeParse({ protocolVersion: 1, events }).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('contains no string longer than its bound', () => {
    fc.assert(
      fc.property(syncEventArb, (event) => {
        for (const [key, value] of strings(SyncEventSchema.parse(event))) {
          expect(BOUND[key], `no bound known for ${key}`).toBeDefined();
          expect(value.length, key).toBeLessThanOrEqual(BOUND[key]!);
        }
      }),
      runs,
    );
  });

  it('carries no URL path, query or port outside the free text fields', () => {
    fc.assert(
      fc.property(syncEventArb, (event) => {
        for (const [key, value] of strings(event)) {
          if (FREE_TEXT.has(key)) continue;
          expect(value, key).not.toMatch(/[/?#]/);
          if (key.endsWith('Host') || key === 'hostname') expect(value, key).not.toContain(':');
        }
      }),
      runs,
    );
  });
});

describe('the schemas themselves, not just the generators', () => {
  it('refuse any string field one character past its bound', () => {
    const bounded = Object.keys(eventArbs).flatMap((kind) =>
      boundedStrings(
        SyncEventSchema._zod.def.options.find((o) => o.shape.kind._zod.def.values[0] === kind)!,
      ).map((b) => ({
        kind,
        ...b,
      })),
    );
    fc.assert(
      fc.property(syncEventArb, fc.nat(), (event, pick) => {
        const candidates = bounded.filter((b) => b.kind === event.kind);
        fc.pre(candidates.length > 0);
        const { path: field, max } = candidates[pick % candidates.length]!;
        expect(SyncEventSchema.safeParse({ ...event, [field]: 'a'.repeat(max + 1) }).success).toBe(false);
      }),
      runs,
    );
  });

  // A hostname with anything URL-like spliced in anywhere must never pass.
  const urlBits = fc.constantFrom(
    '/',
    '/c/123',
    '?',
    '?q=secret',
    ':',
    ':8443',
    '#top',
    'https://',
    '%2F',
    ' ',
  );
  it('refuse a hostname with a path, query, port or scheme spliced in', () => {
    fc.assert(
      fc.property(hostnameArb, urlBits, fc.nat(), (host, bit, at) => {
        const i = at % (host.length + 1);
        expect(HostnameSchema.safeParse(host.slice(0, i) + bit + host.slice(i)).success).toBe(false);
      }),
      runs,
    );
  });

  it('accept no string with "/", "?" or ":" in any identifier field', () => {
    const alphabet = fc.constantFrom(...'abcxyz019-.@{}/?:#=&%_+'.split(''));
    const identifiers = [
      ToolIdSchema,
      HostnameSchema,
      ExtensionIdSchema,
      EventIdSchema,
      DaySchema,
      Sha256Schema,
    ];
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), toolIdArb, (noise, id) => {
        for (const candidate of [noise, `${id}/${noise}`, `${id}?${noise}`, `${noise}:${id}`]) {
          for (const schema of identifiers) {
            if (schema.safeParse(candidate).success) expect(candidate).not.toMatch(/[/?:]/);
          }
        }
      }),
      runs,
    );
  });
});
