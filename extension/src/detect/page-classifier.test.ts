import { BASELINE_RELEASE_VERSION, catalog, ToolSchema, type Tool } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDb } from '../db/app-db';
import { catalogReleaseItem } from '../db/state-items';
import { pageClassifier } from './page-classifier';

const tool = (id: string, domain: string): Tool =>
  ToolSchema.parse({
    id,
    name: id,
    vendor: 'Example',
    category: 'writing',
    domains: [domain],
    urlPrefixes: [],
    apiEndpoints: [],
    extensionIds: [],
    supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    source: `https://${domain}/`,
    checked: '2026-12-01',
  });

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`page-classifier-${Math.random()}`);
});
afterEach(() => db.delete());

describe("the pages' classifier", () => {
  it('knows the bundled catalog and the organisation’s tools', async () => {
    const pages = await pageClassifier(db, [tool('org-wiki-ai', 'wiki-ai.example')], []);
    expect(pages.tools.get('chatgpt')?.name).toBe('ChatGPT');
    expect(pages.tools.get('org-wiki-ai')).toBeDefined();
    expect(pages.tools.get('quillmind')).toBeUndefined();
  });

  it('knows a tool that only a newer catalog release brought, as the worker does', async () => {
    await catalogReleaseItem.set(db, {
      version: BASELINE_RELEASE_VERSION + 1,
      sha256: 'a'.repeat(64),
      tools: [...catalog, tool('quillmind', 'quillmind-ai.example')],
    });
    const pages = await pageClassifier(db, [], []);
    expect(pages.tools.get('quillmind')?.domains).toEqual(['quillmind-ai.example']);
    expect(pages.classifyUrl('https://quillmind-ai.example/app')?.toolId).toBe('quillmind');
  });

  it('ignores a stored release older than the catalog it was built with', async () => {
    await catalogReleaseItem.set(db, {
      version: BASELINE_RELEASE_VERSION - 1,
      sha256: 'b'.repeat(64),
      tools: [tool('stale-only', 'stale-only.example')],
    });
    const pages = await pageClassifier(db, [], []);
    expect(pages.tools.get('stale-only')).toBeUndefined();
    expect(pages.tools.get('chatgpt')).toBeDefined();
  });
});
