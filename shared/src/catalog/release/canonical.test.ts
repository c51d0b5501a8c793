import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonForTests } from './canonical';

/** Keys that take the fast path and keys that must not: index-like, "__proto__", unsorted. */
const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('0', '12', '__proto__', 'a', 'B', 'é', '\ud83d\ude00', ''),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, fc.oneof(tie('value'), fc.constant(undefined))), { maxLength: 5 }).map((pairs) => {
      const object: Record<string, unknown> = {};
      for (const [k, v] of pairs)
        Object.defineProperty(object, k, { value: v, enumerable: true, writable: true });
      return object;
    }),
  ),
})).value;

describe('canonical JSON', () => {
  // fast-check reports the seed and path of a failing input, and LANTERN_TEST_SEED=<seed> replays it (shared/testing/fast-check-seed.ts).
  it('is the same text as building it piece by piece, for any document', () => {
    fc.assert(
      fc.property(value, (doc) => {
        expect(canonicalJson(doc)).toBe(canonicalJsonForTests.slow(doc));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads documents the way they arrive: parsed from text, keys in any order, repeated shapes', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (docs) => {
        const parsed = JSON.parse(JSON.stringify(docs)) as unknown;
        expect(canonicalJson(parsed)).toBe(canonicalJsonForTests.slow(parsed));
        expect(canonicalJson(docs)).toBe(canonicalJsonForTests.slow(docs));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts every object, leaves the input untouched, and refuses numbers JSON cannot hold', () => {
    const doc = { b: [{ z: 1, y: { d: 2, c: 3 } }], a: '__proto__', __proto__x: null };
    const before = JSON.stringify(doc);
    expect(canonicalJson(doc)).toBe('{"__proto__x":null,"a":"__proto__","b":[{"y":{"c":3,"d":2},"z":1}]}');
    expect(JSON.stringify(doc)).toBe(before);
    expect(canonicalJson(JSON.parse('{"__proto__":{"b":1,"a":2},"0":true}'))).toBe(
      '{"0":true,"__proto__":{"a":2,"b":1}}',
    );
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow('not a finite number');
  });
});
