import { describe, expect, it } from 'vitest';
import { catalog } from '../index';
import { sha256Hex } from '../../hash';
import { canonicalJson } from './canonical';
import { signedTextSha256 } from './digest';
import { toolOverride } from '../../../testing/examples';
import { applyOverrides } from './overrides';
import { parseRelease } from './parse';
import { RELEASE_FORMAT, signedText, type CatalogReleasePayload } from './schema';

describe('catalog releases', () => {
  it('sign the same bytes whatever the key order or indentation of the document', () => {
    const a = { b: [1, { d: 'x', c: null }], a: true };
    expect(canonicalJson(a)).toBe('{"a":true,"b":[1,{"c":null,"d":"x"}]}');
    const release: CatalogReleasePayload = {
      format: RELEASE_FORMAT,
      version: 2,
      publishedAt: '2026-12-04T00:00:00.000Z',
      keyId: 'k',
      tools: [],
    };
    const reordered = JSON.parse(
      JSON.stringify(
        { tools: [], keyId: 'k', version: 2, publishedAt: release.publishedAt, format: RELEASE_FORMAT },
        null,
        2,
      ),
    ) as CatalogReleasePayload;
    expect(signedText(reordered)).toBe(signedText(release));
  });

  it('name the problem with a document in one line', () => {
    expect(parseRelease('nope')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^malformed: not JSON/),
    });
    expect(parseRelease('{"format":"other"}')).toMatchObject({
      ok: false,
      problem: 'malformed: "format" must be "lantern-catalog-release/1"',
    });
    const doc = {
      format: RELEASE_FORMAT,
      version: 2,
      publishedAt: '2026-12-04T00:00:00.000Z',
      keyId: 'k',
      tools: [catalog[0], catalog[0]],
      signature: `${'A'.repeat(86)}==`,
    };
    expect(parseRelease(JSON.stringify(doc))).toEqual({
      ok: false,
      problem: `malformed: tool id "${catalog[0]!.id}" appears twice`,
    });
  });
});

describe('organisation overrides', () => {
  const chatgpt = catalog.find((t) => t.id === 'chatgpt')!;

  it('rename a tool and change its hostnames, leaving every other tool as published', () => {
    const [first] = chatgpt.domains;
    const result = applyOverrides(catalog, [
      toolOverride({ name: 'Company GPT', addDomains: ['gpt.intranet.example'], removeDomains: [first!] }),
    ]);
    const tool = result.find((t) => t.id === 'chatgpt')!;
    expect(tool.name).toBe('Company GPT');
    expect(tool.domains).toEqual([...chatgpt.domains.slice(1), 'gpt.intranet.example']);
    expect(result.filter((t) => t.id !== 'chatgpt')).toEqual(catalog.filter((t) => t.id !== 'chatgpt'));
  });

  it('drop retired and "not AI for us" tools; an override of a tool the catalog no longer has waits', () => {
    const result = applyOverrides(catalog, [
      toolOverride({ retired: true }),
      toolOverride({ toolId: 'claude', notAi: true }),
      toolOverride({ toolId: 'gone-tool', name: 'X' }),
    ]);
    expect(result.map((t) => t.id)).not.toContain('chatgpt');
    expect(result.map((t) => t.id)).not.toContain('claude');
    expect(result).toHaveLength(catalog.length - 2);
  });
});

describe('the address of a release', () => {
  it('is the SHA-256 of its signed text, whatever characters the text holds', async () => {
    const release: CatalogReleasePayload = {
      format: RELEASE_FORMAT,
      version: 2,
      publishedAt: '2026-12-04T00:00:00.000Z',
      keyId: 'k',
      tools: catalog
        .slice(0, 5)
        .map((tool, i) => ({ ...tool, name: ['Ünïcödé', '中文工具', '😀 tool', 'plain', '\ud800x'][i]! })),
    };
    expect(await signedTextSha256(release)).toBe(await sha256Hex(signedText(release)));
    // Mostly three-byte characters: more bytes than the first buffer holds.
    const wide = {
      ...release,
      tools: [{ ...catalog[0]!, name: '中'.repeat(120), vendor: '文'.repeat(120) }],
    };
    expect(await signedTextSha256(wide)).toBe(await sha256Hex(signedText(wide)));
    const ascii = { ...release, tools: catalog.slice(0, 5) };
    expect(await signedTextSha256(ascii)).toBe(await sha256Hex(signedText(ascii)));
    // The whole catalog (Chinese, Korean and Russian names among it), with supplier facts.
    const whole = { ...release, tools: [...catalog], suppliers: [] };
    expect(await signedTextSha256(whole)).toBe(await sha256Hex(signedText(whole)));
  });
});
