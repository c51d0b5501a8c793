import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, PushInputSchema, SYNC_EVENT_KINDS } from '@lantern/shared';
import { syncEventArb } from '@lantern/shared/testing';
import { z } from 'zod';
import { pick, prng, testSeed } from '../../testing/random';
import { compileSchema } from './compiled-schema';

const isPushInput = compileSchema(PushInputSchema);

/** Values a field must refuse somewhere: wrong types, bounds, formats, calendar days, suffixes, control characters. */
const JUNK: unknown[] = [
  null,
  undefined,
  '',
  ' ',
  'x',
  'Chat GPT',
  '-a',
  'a'.repeat(65),
  'x'.repeat(LIMITS.purposeText + 1),
  'line\u0001break',
  '2026-02-30',
  '2026-13-01',
  '2019-12-31',
  'com',
  'co.uk',
  'localhost',
  'https://example.com/x',
  '1.2.3.4',
  'A'.repeat(64),
  '0193a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b',
  -1,
  0,
  1,
  1.5,
  2,
  101,
  LIMITS.visitsPerDay + 1,
  LIMITS.secondsPerDay + 1,
  LIMITS.guardWarningsPerDay + 1,
  1_577_836_799_999,
  4_102_444_800_001,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  [],
  ['internal', 'internal'],
  ['secret'],
  {},
  { toString: 'x' },
];

type Mutation = (push: { protocolVersion: unknown; events: unknown[] }, rand: () => number) => unknown;

function randomEvent(push: { events: unknown[] }, rand: () => number): Record<string, unknown> {
  return pick(rand, push.events) as Record<string, unknown>;
}

const MUTATIONS: Mutation[] = [
  // A field set to something else.
  (p, r) => {
    const e = randomEvent(p, r);
    e[pick(r, Object.keys(e))] = pick(r, JUNK);
    return p;
  },
  // A field of an extension inventory's item set to something else.
  (p, r) => {
    const e = randomEvent(p, r);
    const items = e.extensions as Array<Record<string, unknown>> | undefined;
    if (items?.length)
      pick(r, items)[pick(r, ['extensionId', 'toolId', 'name', 'enabled', 'x'])] = pick(r, JUNK);
    return p;
  },
  // A field left out.
  (p, r) => {
    const e = randomEvent(p, r);
    delete e[pick(r, Object.keys(e))];
    return p;
  },
  // A field the protocol lacks (including names that exist on every object's prototype).
  (p, r) => {
    const e = randomEvent(p, r);
    Object.defineProperty(e, pick(r, ['url', 'prompt', 'toString', '__proto__', 'constructor']), {
      value: 'x',
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return JSON.parse(JSON.stringify(p)) as unknown;
  },
  // Another kind's name on an event.
  (p, r) => {
    randomEvent(p, r).kind = pick(r, [...SYNC_EVENT_KINDS, 'Usage', 'page_view', null]);
    return p;
  },
  // Refinements across fields: conditions without a tool, more pasted than warned.
  (p, r) => {
    const e = randomEvent(p, r);
    if (e.kind === 'acknowledgement') e.toolId = null;
    if (e.kind === 'acknowledgement') e.conditionsSha256 = 'a'.repeat(64);
    if (e.kind === 'data_guard') e.pastedAnyway = (e.warnings as number) + 1;
    return p;
  },
  // The envelope.
  (p, r) => ({ ...p, protocolVersion: pick(r, [0, 2, '1', null]) }),
  (p) => ({ ...p, events: [] }),
  (p) => ({ ...p, events: Array.from({ length: LIMITS.batchEvents + 1 }, () => p.events[0]) }),
  (p) => ({ ...p, extra: 1 }),
  (p, r) => pick(r, [null, [p], 'push', 1, { events: p.events }]),
];

describe('the compiled push schema', () => {
  it('answers as the zod schema on random valid and invalid pushes', () => {
    const seed = testSeed('compiled push schema');
    const rand = prng(seed);
    const pushes = fc.sample(fc.array(syncEventArb, { minLength: 1, maxLength: 12 }), { seed, numRuns: 600 });
    const seen = { valid: 0, invalid: 0 };
    for (const events of pushes) {
      const valid = JSON.parse(JSON.stringify({ protocolVersion: 1, events })) as {
        protocolVersion: unknown;
        events: unknown[];
      };
      const copy = JSON.parse(JSON.stringify(valid)) as typeof valid;
      const mutated = pick(rand, MUTATIONS)(copy, rand);
      for (const input of [valid, mutated]) {
        const zod = PushInputSchema.safeParse(input);
        const fast = isPushInput(input);
        seen[zod.success ? 'valid' : 'invalid']++;
        // The same verdict; on a yes, zod's output is the input itself.
        expect({ fast, input }).toEqual({ fast: zod.success, input });
        if (fast) expect(zod.data).toStrictEqual(input);
      }
    }
    expect(seen.valid).toBeGreaterThan(600);
    expect(seen.invalid).toBeGreaterThan(300);
  });

  it('answers no to what it does not understand, so zod decides', () => {
    expect(compileSchema(z.string().email())('a@example.org')).toBe(false);
    expect(compileSchema(z.object({ a: z.string() }))({ a: 'x' })).toBe(false); // strips keys
    expect(compileSchema(z.string().transform((s) => s.length))('x')).toBe(false);
    expect(compileSchema(z.strictObject({ a: z.string().regex(/x/g) }))({ a: 'x' })).toBe(false);
    const refined = compileSchema(z.string().refine(() => 'yes' as unknown as boolean));
    expect(refined('x')).toBe(false);
  });
});
