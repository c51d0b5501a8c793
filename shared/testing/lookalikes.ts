// Checks the catalog's look-alike tests share (shared/src/catalog/lookalikes-*.test.ts): every URL a pass added must
// classify to its own entry, and every general site, parent, sibling path or similar name beside it must stay
// unclassified. Each check collects every wrong answer before failing, so one run lists them all.
import { expect } from 'vitest';
import type { Tool } from '../src/schemas/tool';
import { extensionNameKey, nameHead } from '../src/catalog/extension-names';
import { classifyApiRequest, classifyExtension, classifyUrl } from '../src/catalog/index';

/**
 * Each URL must classify to the tool id it maps to: as a visited page, or, with `api`, as a page or else as a request
 * a page makes (for API endpoints).
 */
export function expectEachClassifiedAs(
  expected: Readonly<Record<string, string>>,
  { api = false }: { api?: boolean } = {},
): void {
  const wrong = Object.entries(expected).flatMap(([url, want]) => {
    const got = (classifyUrl(url) ?? (api ? classifyApiRequest(url) : null))?.toolId ?? null;
    return got === want ? [] : [`${url} → ${got} (want ${want})`];
  });
  expect(wrong).toEqual([]);
}

/**
 * Every URL a pass's own rows claim, mapped to the row's id: each domain bare and under `www.`, each URL prefix as
 * written, each API endpoint, each API prefix (as a request under it). A pass adds the hosts it gave other entries
 * to the map before checking it with `expectEachClassifiedAs(…, { api: true })`.
 */
export function ownUrls(
  tools: readonly Pick<Tool, 'id' | 'domains' | 'urlPrefixes' | 'apiEndpoints' | 'apiPrefixes'>[],
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const tool of tools) {
    for (const domain of tool.domains) {
      urls[`https://${domain}/`] = tool.id;
      urls[`https://www.${domain}/`] = tool.id;
    }
    for (const prefix of tool.urlPrefixes) urls[`https://${prefix}`] = tool.id;
    for (const endpoint of tool.apiEndpoints) urls[`https://${endpoint}/v1`] = tool.id;
    for (const prefix of tool.apiPrefixes ?? []) urls[`https://${prefix}/request`] = tool.id;
  }
  return urls;
}

/** The page each row cites, mapped to the row's id: every row's source must sit on a host its own entry claims. */
export function sourceUrls(tools: readonly Pick<Tool, 'id' | 'source'>[]): Record<string, string> {
  return Object.fromEntries(tools.map((t) => [t.source, t.id]));
}

/** No URL may classify, neither as a visited page nor as a request a page makes. */
export function expectNoneClassified(urls: readonly string[]): void {
  const wrong = urls.flatMap((url) => {
    const got = classifyUrl(url)?.toolId ?? classifyApiRequest(url)?.toolId ?? null;
    return got === null ? [] : [`${url} → ${got}`];
  });
  expect(wrong).toEqual([]);
}

/**
 * Each extension's store name must reach its own entry: whole, and with a tagline after it (as stores show
 * "Name - what it does") unless the name already carries one.
 */
export function expectStoreNamesClassified(tools: readonly Pick<Tool, 'id' | 'name'>[]): void {
  const wrong = tools.flatMap((tool) => {
    const key = extensionNameKey(tool.name);
    const names = nameHead(key) !== key ? [tool.name] : [tool.name, `${tool.name} - AI for your browser`];
    return names.flatMap((name) => {
      const got = classifyExtension({ name })?.toolId ?? null;
      return got === tool.id ? [] : [`${name} → ${got} (want ${tool.id})`];
    });
  });
  expect(wrong).toEqual([]);
}

/**
 * Each extension store id of the pass's own rows must reach its row, and each id the pass gave an entry already in
 * the catalog (`added`, id → tool id) must reach that entry.
 */
export function expectExtensionIdsClassified(
  tools: readonly Pick<Tool, 'id' | 'extensionIds'>[],
  added: Readonly<Record<string, string>> = {},
): void {
  const expected = new Map<string, string>(
    tools.flatMap((tool) => tool.extensionIds.map((id) => [id, tool.id])),
  );
  for (const [id, want] of Object.entries(added)) expected.set(id, want);
  const wrong = [...expected].flatMap(([id, want]) => {
    const got = classifyExtension({ id })?.toolId ?? null;
    return got === want ? [] : [`${id} → ${got} (want ${want})`];
  });
  expect(wrong).toEqual([]);
}

/** Store ids are 32 letters a-p; Firefox ids are a gecko id (an e-mail-like id or a braced GUID). */
const STORE_OR_GECKO_ID = /^([a-p]{32}|[^@\s]+@[^@\s]+|\{[0-9a-f-]{36}\})$/;

/**
 * The form of extension rows cited from their makers' own repositories: each is a browser extension with at least one
 * well-formed store or gecko id, citing one GitHub file at a pinned commit.
 */
export function expectMakerRepositoryExtensions(
  tools: readonly Pick<Tool, 'id' | 'category' | 'extensionIds' | 'source'>[],
): void {
  for (const tool of tools) {
    expect(tool.category, tool.id).toBe('browser-extension');
    expect(tool.extensionIds.length, tool.id).toBeGreaterThan(0);
    expect(tool.source, tool.id).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/\S+$/);
    for (const id of tool.extensionIds) expect(id, tool.id).toMatch(STORE_OR_GECKO_ID);
  }
}

/** No extension store name may match any entry. */
export function expectNoExtensionNameClassified(names: readonly string[]): void {
  const wrong = names.flatMap((name) => {
    const got = classifyExtension({ name })?.toolId ?? null;
    return got === null ? [] : [`${name} → ${got}`];
  });
  expect(wrong).toEqual([]);
}
