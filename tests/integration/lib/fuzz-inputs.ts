import fc from 'fast-check';

/** Keys that attack object prototypes or confuse naive merges. */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
];

/** Strings that break parsers, databases, logs and renderers. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates included
  fc.constantFrom(
    '',
    '\u0000',
    '\uD800',
    '\uDFFF\uD800',
    '\u202E\u2066evil',
    '\uFEFF',
    'e\u0301\u0301\u0301',
    '𝕏'.repeat(300),
    'a'.repeat(70_000),
    "' OR 1=1 --",
    '"; DROP TABLE devices; --',
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    'https://chatgpt.com/c/secret?q=1',
    '${{7*7}}',
    'NaN',
    '1e309',
    ...POLLUTION_KEYS,
  ),
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, 0, 1, -1, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE, 4_102_444_800_001),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null));
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
);

/** JSON-able values with hostile leaves and keys, a few levels deep. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v;

/** Nesting far beyond anything legitimate (recursive parsers and validators must not fall over). */
export const deepJson: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean())
  .map(([depth, arrays]) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i += 1) v = arrays ? [v] : { events: v };
    return v;
  });

/** Replaces, removes or adds one field somewhere in a valid input. */
export function mutated(seed: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('replace', 'remove', 'add', 'wrap'), nastyJson, key)
    .map(([p, q, how, value, k]) => {
      const copy: unknown = structuredClone(seed);
      const holders: Array<Record<string, unknown>> = [];
      const walk = (v: unknown) => {
        if (v && typeof v === 'object') {
          holders.push(v as Record<string, unknown>);
          for (const child of Object.values(v)) walk(child);
        }
      };
      walk(copy);
      if (holders.length === 0) return value;
      const target = holders[p % holders.length]!;
      const keys = Object.keys(target);
      const field = keys[q % Math.max(1, keys.length)];
      if (how === 'add' || field === undefined)
        Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true });
      else if (how === 'remove') delete target[field];
      else if (how === 'wrap') target[field] = [target[field]];
      else target[field] = value;
      return copy;
    });
}

/** Any input at all for a procedure: junk, deep junk, or a valid input with one thing wrong. */
export function procedureInput(seed: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: nastyJson },
    { weight: 1, arbitrary: deepJson },
    { weight: 6, arbitrary: mutated(seed) },
  );
}

/** Request bodies that are not even JSON, or barely. */
export const rawBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '{',
    '[',
    '{"0":',
    '{"json":}',
    'null',
    '"',
    '\u0000',
    '{"a":1}{"b":2}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '['.repeat(100_000),
    '{"a":'.repeat(20_000),
  ),
  nastyJson.map((v) => JSON.stringify(v) ?? 'null'),
);
