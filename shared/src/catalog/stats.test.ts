import { describe, expect, it } from 'vitest';
import type { Tool } from '../schemas/tool';
import { ageInDays, catalogStats, isSpecificSource, sourceUrl } from './stats';

const tool = (id: string, over: Partial<Tool> = {}): Tool => ({
  id,
  name: id,
  vendor: id,
  category: 'chat',
  domains: [`${id}.example`],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: `https://${id}.example`,
  checked: '2026-11-23',
  ...over,
});

describe('sources', () => {
  it('accepts an https URL with an optional licence note, and calls it specific only with a path', () => {
    expect(sourceUrl('https://github.com/o/r/blob/abc/data/x (MIT)')).toEqual({
      host: 'github.com',
      path: '/o/r/blob/abc/data/x',
    });
    expect(isSpecificSource('https://github.com/o/r/blob/abc/data/x (MIT)')).toBe(true);
    expect(isSpecificSource('https://docs.example.com/guide')).toBe(true);
    for (const homepage of ['https://example.com', 'https://example.com/', 'https://example.com/?ref=x']) {
      expect(isSpecificSource(homepage), homepage).toBe(false);
    }
    for (const bad of [
      'http://example.com/a',
      'example.com/a',
      'https://',
      'organisation',
      'https://a.com/x (MIT) more',
    ]) {
      expect(sourceUrl(bad), bad).toBeNull();
      expect(isSpecificSource(bad), bad).toBe(false);
    }
  });
});

describe('catalogStats', () => {
  it('counts categories, days, sources, supplier facts and stale entries', () => {
    const tools = [
      tool('a', { category: 'image', source: 'https://a.example/docs', checked: '2026-12-04' }),
      tool('b', { supplier: { trainsOnInputsByDefault: false, enterpriseTier: null, dataRegions: [] } }),
      tool('c', { supplier: { trainsOnInputsByDefault: null, enterpriseTier: true, dataRegions: ['EU'] } }),
    ];
    const s = catalogStats(tools, { now: new Date('2026-12-05T10:00:00Z'), olderThanDays: 7 });
    expect(s.tools).toBe(3);
    expect(s.byCategory).toEqual({ chat: 2, image: 1 });
    expect(s.byCheckedDay).toEqual({ '2026-11-23': 2, '2026-12-04': 1 });
    expect(s.byRegion).toEqual({ organisation: 3 }); // ids the catalog does not define have no region
    expect(s.sources).toEqual({ specific: 1, homepageOnly: 2, homepageOnlyIds: ['b', 'c'] });
    expect(s.supplierFacts).toEqual({ anyKnown: 2, trainsOnInputs: 1, enterpriseTier: 1, dataRegions: 1 });
    expect(s.olderThan).toEqual({ days: 7, count: 2, ids: ['b', 'c'] });
    expect(ageInDays('2026-12-04', new Date('2026-12-05T10:00:00Z'))).toBe(1);
  });
});
