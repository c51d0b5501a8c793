import { buildClassifier, catalog, createClassifier, type Tool } from '@lantern/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BROAD_HOST_PARTS,
  BROAD_HOST_SUFFIXES,
  filterLists,
  firstTurnLists,
  navigationFilters,
  packFilterLists,
  unpackFilterLists,
  type FilterLists,
} from './filter-lists';
import { headTools } from './head-tools';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const host = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));
const lists = fc.record({
  hosts: fc.uniqueArray(host, { maxLength: 60 }),
  endpoints: fc.uniqueArray(host, { maxLength: 10 }),
  apiPrefixes: fc.uniqueArray(
    fc
      .tuple(host, fc.stringMatching(/^(\/[A-Za-z0-9._~!$&'()*+,;=:@%-]{1,12}){1,3}$/))
      .map(([h, p]) => h + p),
    { maxLength: 5 },
  ),
});

const byLabels = (hosts: readonly string[]) =>
  hosts
    .map((h) => h.split('.').reverse().join('.'))
    .sort()
    .map((h) => h.split('.').reverse().join('.'));

type NavigationFilter = ReturnType<typeof navigationFilters>[number];

/** True when `filter` covers `name`: hostSuffix is the end of the host, hostContains any part of it. */
const covers = (filter: NavigationFilter, name: string) =>
  'hostSuffix' in filter ? name.endsWith(filter.hostSuffix) : name.includes(filter.hostContains);

/** An organisation's own tool with these domains. */
const orgTool = (id: string, domains: string[]): Tool => ({
  id,
  name: id,
  vendor: 'Acme',
  category: 'chat',
  domains,
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  source: 'https://acme.example/ai',
  checked: '2026-12-06',
});

describe('the first turn filter lists', () => {
  const classifier = buildClassifier(catalog);
  const built = filterLists(classifier);

  it('cover every host the classifier matches, none covering another', () => {
    const filters = navigationFilters(built);
    for (const name of classifier.hosts())
      expect(
        filters.some((f) => covers(f, name)),
        name,
      ).toBe(true);
    for (const f of filters)
      if ('hostSuffix' in f)
        expect(
          filters.filter((g) => covers(g, f.hostSuffix)),
          f.hostSuffix,
        ).toEqual([f]);
    expect(built.hosts.length).toBeLessThan(classifier.hosts().length);
  });

  it('leave to the broad suffixes and parts the hosts they cover, and nothing else', () => {
    const lists = filterLists(
      createClassifier([
        orgTool('org-a', ['rag.acme.ai', 'chat.acme.example', 'teamgpt.acme.example']),
        orgTool('org-b', ['sub.rag.acme.ai', 'ai.example', 'acme.aix', 'acme-ai.example']),
        orgTool('org-c', ['acme-aix.example', 'g-p-t.example', 'ai-acme.example']),
      ]),
    );
    expect(BROAD_HOST_SUFFIXES).toEqual(['.ai']);
    expect(BROAD_HOST_PARTS).toEqual(['gpt', '-ai.']);
    expect(lists.hosts).toContain('chat.acme.example');
    expect(lists.hosts).toContain('ai.example'); // a label "ai" elsewhere in the name is no suffix
    expect(lists.hosts).toContain('acme.aix');
    expect(lists.hosts).toContain('acme-aix.example'); // "-aix." holds no "-ai."
    expect(lists.hosts).toContain('g-p-t.example');
    expect(lists.hosts).toContain('ai-acme.example'); // a label starting "ai-" is no part
    expect(lists.hosts).not.toContain('teamgpt.acme.example');
    expect(lists.hosts).not.toContain('acme-ai.example');
    for (const l of [lists, built]) {
      expect(l.hosts.filter((h) => h.endsWith('.ai'))).toEqual([]);
      expect(l.hosts.filter((h) => BROAD_HOST_PARTS.some((part) => h.includes(part)))).toEqual([]);
    }
    const filters = navigationFilters(lists);
    expect(filters.slice(0, 3)).toEqual([
      { hostContains: 'gpt' },
      { hostContains: '-ai.' },
      { hostSuffix: '.ai' },
    ]);
    expect(filters).toHaveLength(lists.hosts.length + 3);
  });

  it('come back unchanged from their packed form, for the catalog and for random lists', () => {
    expect(unpackFilterLists(packFilterLists(built))).toEqual(built);
    fc.assert(
      fc.property(lists, (random: FilterLists) => {
        const ordered = { ...random, hosts: byLabels(random.hosts), endpoints: byLabels(random.endpoints) };
        expect(unpackFilterLists(packFilterLists(ordered))).toEqual(ordered);
        expect(unpackFilterLists(packFilterLists(random))).toEqual(random);
      }),
    );
    expect(unpackFilterLists(packFilterLists({ hosts: [], endpoints: [], apiPrefixes: [] }))).toEqual({
      hosts: [],
      endpoints: [],
      apiPrefixes: [],
    });
  });

  it("hold in the first turn the head tools' hosts and every API endpoint, and far less than all", () => {
    const head = buildClassifier(headTools());
    const first = firstTurnLists(classifier, head);
    expect(head.tools.size).toBeGreaterThan(250);
    expect(first.endpoints).toEqual(built.endpoints);
    expect(first.apiPrefixes).toEqual(built.apiPrefixes);
    expect(first.hosts).toEqual(filterLists(head).hosts);
    const filters = navigationFilters(first);
    for (const name of head.hosts())
      expect(
        filters.some((f) => covers(f, name)),
        name,
      ).toBe(true);
    // A long-tail tool's page wakes the worker through its content script, not a filter.
    expect(filters.some((f) => covers(f, 'nexala.ai'))).toBe(true); // the broad `.ai` suffix still does
    expect(filters.some((f) => covers(f, 'www.vendoros-ai.com'))).toBe(true); // and `-ai.`
    expect(filters.some((f) => covers(f, 'araai.io'))).toBe(false);
    expect(packFilterLists(first).length).toBeLessThan(packFilterLists(built).length / 4);
  });

  it('pack the catalog smaller than its JSON', () => {
    expect(packFilterLists(built).length).toBeLessThan(JSON.stringify(built).length * 0.6);
  });
});
