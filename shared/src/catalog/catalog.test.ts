import { describe, expect, it } from 'vitest';
import { ToolSchema, TOOL_CATEGORIES } from '../schemas/tool';
import {
  catalog,
  classifyApiRequest,
  classifyExtension,
  classifyUrl,
  extensionNameKey,
  normalizeHostname,
} from './index';

/**
 * Shared platforms no catalog entry may claim whole: claiming one (or a parent of one) would flag every
 * visit to a search engine, code host or cloud console as AI use.
 */
const SHARED_PLATFORMS = [
  'google.com',
  'www.google.com',
  'googleapis.com',
  'gstatic.com',
  'googleusercontent.com',
  'google',
  'microsoft.com',
  'www.microsoft.com',
  'live.com',
  'office.com',
  'microsoft365.com',
  'cloud.microsoft',
  'bing.com',
  'www.bing.com',
  'azure.com',
  'windows.net',
  'blob.core.windows.net',
  'azurewebsites.net',
  'azureedge.net',
  'github.com',
  'githubusercontent.com',
  'github.io',
  'gitlab.com',
  'x.com',
  'twitter.com',
  'amazon.com',
  'aws.amazon.com',
  'console.aws.amazon.com',
  'amazonaws.com',
  'on.aws',
  'cloudfront.net',
  'apple.com',
  'icloud.com',
  'facebook.com',
  'instagram.com',
  'whatsapp.com',
  'meta.com',
  'linkedin.com',
  'notion.so',
  'notion.site',
  'adobe.com',
  'atlassian.net',
  'atlassian.com',
  'slack.com',
  'zoom.us',
  'salesforce.com',
  'canva.com',
  'figma.com',
  'dropbox.com',
  'youtube.com',
  'reddit.com',
  'wikipedia.org',
  'vercel.app',
  'netlify.app',
  'pages.dev',
  'workers.dev',
  'herokuapp.com',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'cloudflare.com',
  'akamaized.net',
  'fastly.net',
  'baidu.com',
  'qq.com',
  'tencent.com',
  'aliyun.com',
  'aliyuncs.com',
  'alibaba.com',
  'bytedance.com',
  'yandex.ru',
  'yandex.com',
  'naver.com',
  'kaggle.com',
  'www.kaggle.com',
  'ibm.com',
  'cloud.ibm.com',
  'nvidia.com',
  'jetbrains.com',
  'duckduckgo.com',
];

const allDomains = catalog.flatMap((t) => t.domains.map((d) => [d, t.id] as const));
const allPrefixes = catalog.flatMap((t) => t.urlPrefixes.map((p) => [p, t.id] as const));
const allEndpoints = catalog.flatMap((t) => t.apiEndpoints.map((e) => [e, t.id] as const));
const allApiPrefixes = catalog.flatMap((t) => (t.apiPrefixes ?? []).map((p) => [p, t.id] as const));
const allExtensionIds = catalog.flatMap((t) => t.extensionIds.map((e) => [e, t.id] as const));

function duplicates(pairs: readonly (readonly [string, string])[]): string[] {
  const owner = new Map<string, string>();
  const dupes: string[] = [];
  for (const [key, id] of pairs) {
    const previous = owner.get(key);
    if (previous !== undefined) dupes.push(`${key} (${previous}, ${id})`);
    owner.set(key, id);
  }
  return dupes;
}

const claims = (claimed: string, host: string) => host === claimed || host.endsWith(`.${claimed}`);

describe('the catalog', () => {
  it('is large enough to be useful: at least 400 tools and 900 hostnames and prefixes', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(400);
    expect(allDomains.length + allPrefixes.length).toBeGreaterThanOrEqual(900);
  });

  it('covers every category with several tools', () => {
    for (const category of TOOL_CATEGORIES.filter((c) => c !== 'other' && c !== 'productivity')) {
      expect(catalog.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(5);
    }
  });

  it('has entries that all pass the wire schema, with a source', () => {
    for (const tool of catalog) {
      const parsed = ToolSchema.safeParse(tool);
      expect(parsed.success ? null : `${tool.id}: ${parsed.error.message}`).toBeNull();
      expect(tool.source.length, tool.id).toBeGreaterThan(8);
      const signals =
        tool.domains.length +
        tool.urlPrefixes.length +
        tool.apiEndpoints.length +
        (tool.apiPrefixes?.length ?? 0) +
        tool.extensionIds.length +
        (tool.extensionNameWords?.length ?? 0);
      expect(signals, `${tool.id} can never be detected`).toBeGreaterThan(0);
    }
  });

  it('uses unique kebab-case ids', () => {
    expect(duplicates(catalog.map((t) => [t.id, t.id]))).toEqual([]);
    for (const tool of catalog) expect(tool.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never lets two tools claim the same hostname, prefix, endpoint or extension', () => {
    expect(duplicates(allDomains)).toEqual([]);
    expect(duplicates(allPrefixes)).toEqual([]);
    expect(duplicates(allEndpoints)).toEqual([]);
    expect(duplicates(allApiPrefixes)).toEqual([]);
    expect(duplicates(allExtensionIds)).toEqual([]);
    const extensionNames = catalog
      .filter((t) => t.category === 'browser-extension')
      .map((t) => [extensionNameKey(t.name), t.id] as const);
    expect(duplicates(extensionNames)).toEqual([]);
    const nameWords = catalog.flatMap((t) => (t.extensionNameWords ?? []).map((w) => [w, t.id] as const));
    expect(duplicates(nameWords)).toEqual([]);
  });

  it('writes every hostname in canonical form', () => {
    for (const [host] of [...allDomains, ...allEndpoints]) expect(normalizeHostname(host)).toBe(host);
    for (const [prefix] of [...allPrefixes, ...allApiPrefixes]) {
      const slash = prefix.indexOf('/');
      expect(normalizeHostname(prefix.slice(0, slash))).toBe(prefix.slice(0, slash));
      expect(prefix).not.toMatch(/\/$|[?#]/);
    }
  });

  it('claims no shared platform, nor any parent of one', () => {
    const offenders = [...allDomains, ...allEndpoints]
      .filter(([host]) => SHARED_PLATFORMS.some((platform) => claims(host, platform)))
      .map(([host, id]) => `${host} (${id})`);
    expect(offenders).toEqual([]);
  });

  it('reaches every entry: each hostname, prefix, endpoint and extension classifies to its own tool', () => {
    const lost: string[] = [];
    for (const tool of catalog) {
      for (const domain of tool.domains)
        if (classifyUrl(`https://${domain}/`)?.toolId !== tool.id) lost.push(domain);
      for (const prefix of tool.urlPrefixes) {
        const found = classifyUrl(`https://${prefix}/page?q=1`);
        if (found?.toolId !== tool.id || found.via !== 'urlPrefix') lost.push(prefix);
      }
      for (const endpoint of tool.apiEndpoints) {
        if (classifyApiRequest(`https://${endpoint}/v1/x`)?.toolId !== tool.id) lost.push(endpoint);
      }
      for (const prefix of tool.apiPrefixes ?? []) {
        const found = classifyApiRequest(`https://${prefix}/request?q=1`);
        if (found?.toolId !== tool.id || found.via !== 'apiPrefix') lost.push(prefix);
        if (classifyUrl(`https://${prefix}`)?.toolId === tool.id) lost.push(`${prefix} (as a page)`);
      }
      for (const id of tool.extensionIds) if (classifyExtension({ id })?.toolId !== tool.id) lost.push(id);
      if (
        tool.category === 'browser-extension' &&
        classifyExtension({ name: tool.name })?.toolId !== tool.id
      ) {
        lost.push(tool.name);
      }
      // A name word reaches its tool in a name no catalog entry has as its exact name.
      for (const word of tool.extensionNameWords ?? [])
        if (classifyExtension({ name: `Qzx ${word} Qzy` })?.toolId !== tool.id) lost.push(word);
    }
    expect(lost).toEqual([]);
  });

  it('names browser extensions by a store id (or, for the catch-all row, by name words)', () => {
    for (const tool of catalog.filter((t) => t.category === 'browser-extension')) {
      expect(tool.extensionIds.length + (tool.extensionNameWords?.length ?? 0), tool.id).toBeGreaterThan(0);
    }
  });
});
