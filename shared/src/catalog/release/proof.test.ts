import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ToolSchema, type Tool } from '../../schemas/tool';
import { catalog } from '../index';
import { proofOf } from './proof';
import { CatalogReleaseSchema, RELEASE_FORMAT, safeParseRelease } from './schema';

const proveTool = proofOf(ToolSchema)!;

/** Values a broken or hostile release might hold in any member, near the edges of each rule. */
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    '',
    ' ',
    'x'.repeat(121),
    'a\u0000b',
    'com',
    'co.uk',
    'Example.com',
    'example.com/',
    'example.com/p?q',
    'chat-gpt',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    'chat',
    'other',
    'a'.repeat(32),
    '{12345678-1234-1234-1234-123456789012}',
    '\ud800',
    [],
    ['example.com'],
    ['com'],
    Array.from({ length: 60 }, (_, i) => `h${i}.example.com`),
    {},
    { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: ['x'.repeat(41)] },
    { trainsOnInputsByDefault: 1, enterpriseTier: null, dataRegions: [] },
  ),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
  fc.anything({ maxDepth: 2 }),
);
const member = fc.constantFrom(...Object.keys(ToolSchema.shape), 'extra', 'supplier.dataRegions');

/** A deep copy of plain data (shared/ has neither DOM nor Node types, so no structuredClone). */
const copyOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(copyOf)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)]))
      : value;

/** A catalog tool with one to three members replaced, added or removed. */
const damagedTool = fc
  .tuple(
    fc.integer({ min: 0, max: catalog.length - 1 }),
    fc.array(fc.tuple(member, oddValue, fc.boolean()), { minLength: 1, maxLength: 3 }),
  )
  .map(([index, changes]) => {
    const tool = JSON.parse(JSON.stringify(catalog[index])) as Record<string, unknown>;
    for (const [name, value, remove] of changes) {
      const [head, tail] = name.split('.') as [string, string | undefined];
      const inner = tool[head];
      const target =
        tail && typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : tool;
      const key = target === tool ? head : tail!;
      if (remove) delete target[key];
      // A copy: fc.constantFrom hands out the same array and object instances on every run, and a
      // later change ('supplier.dataRegions' on a supplier that is one of them) must not reach them.
      else target[key] = copyOf(value);
    }
    return tool;
  });

describe('the check derived from the tool schema', () => {
  it('passes every tool of the catalog', () => {
    expect(catalog.every((tool) => proveTool(JSON.parse(JSON.stringify(tool)) as unknown))).toBe(true);
  });

  // fast-check reports the seed and path of a failing input, and LANTERN_TEST_SEED=<seed> replays it (shared/testing/fast-check-seed.ts).
  it('never passes a tool zod refuses, and zod returns what it passes unchanged', () => {
    fc.assert(
      fc.property(damagedTool, (tool) => {
        const parsed = ToolSchema.safeParse(tool);
        if (proveTool(tool)) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(tool);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a tool zod refuses, on each rule', () => {
    const tool = JSON.parse(JSON.stringify(catalog[0])) as Tool;
    const broken = [
      { ...tool, id: 'Not-Kebab' },
      { ...tool, name: '  ' },
      { ...tool, domains: ['com'] },
      { ...tool, urlPrefixes: ['example.com'] },
      { ...tool, checked: '2026-02-30' },
      { ...tool, category: 'weather' },
      { ...tool, extra: 1 },
      { ...tool, supplier: { ...tool.supplier, extra: 1 } },
    ];
    for (const value of broken) {
      expect(ToolSchema.safeParse(value).success).toBe(false);
      expect(proveTool(value)).toBe(false);
    }
  });

  it('is not made for schemas that rewrite values or fill in defaults: zod parses those', () => {
    expect(proofOf(z.string().trim())).toBeNull();
    expect(proofOf(z.strictObject({ a: z.string().default('x') }))).toBeNull();
    expect(proofOf(z.strictObject({ a: z.string().optional().default('x') }))).toBeNull();
    expect(proofOf(z.object({ a: z.string() }))).toBeNull();
    expect(proofOf(z.number())).toBeNull();
  });
});

describe('optional members', () => {
  it('may be absent, and when present must pass their own check', () => {
    const proof = proofOf(z.strictObject({ a: z.string(), b: z.string().optional() }))!;
    expect(proof).not.toBeNull();
    expect(proof({ a: 'x' })).toBe(true);
    expect(proof({ a: 'x', b: 'y' })).toBe(true);
    expect(proof({ a: 'x', b: 1 })).toBe(false);
    expect(proof({ a: 'x', b: undefined })).toBe(false); // left to zod
    expect(proof({ b: 'y' })).toBe(false);
    expect(proof({ a: 'x', c: 'y' })).toBe(false);
  });

  it('prove tools with and without extension name words, as zod takes them', () => {
    const proveTool = proofOf(ToolSchema)!;
    const base = catalog[0]!;
    const withWords = { ...base, extensionNameWords: ['chatgpt', 'google gemini'] };
    expect(proveTool(withWords)).toBe(true);
    expect(ToolSchema.safeParse(withWords).data).toEqual(withWords);
    for (const bad of [['ChatGPT'], [''], ['a  b'], 'chatgpt', [1]]) {
      const value = { ...base, extensionNameWords: bad };
      expect(proveTool(value)).toBe(false);
      expect(ToolSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('taking a release', () => {
  const release = (tools: unknown[]) => ({
    format: RELEASE_FORMAT,
    version: 2,
    publishedAt: '2026-12-04T00:00:00.000Z',
    keyId: 'k',
    tools,
    signature: `${'A'.repeat(86)}==`,
  });

  it('gives the same answer as the schema, and the same problems for a bad release', () => {
    const good = JSON.parse(JSON.stringify(release(catalog.slice(0, 20)))) as unknown;
    expect(safeParseRelease(good)).toStrictEqual(CatalogReleaseSchema.safeParse(good));
    const bad = [
      release([...catalog.slice(0, 3), { ...catalog[3], domains: ['com'] }]),
      { ...release(catalog.slice(0, 3)), keyId: 'Bad Key' },
      release([]),
      { ...release(catalog.slice(0, 3)), extra: true },
      'text',
      null,
    ];
    for (const doc of bad) {
      const fast = safeParseRelease(doc);
      expect(fast.success).toBe(false);
      expect(fast.error!.issues).toStrictEqual(CatalogReleaseSchema.safeParse(doc).error!.issues);
    }
  });
});
