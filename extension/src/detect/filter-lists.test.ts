import { buildClassifier, catalog } from '@lantern/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterLists, packFilterLists, unpackFilterLists, type FilterLists } from './filter-lists';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const host = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));
const lists = fc.record({
  hosts: fc.uniqueArray(host, { maxLength: 60 }),
  endpoints: fc.uniqueArray(host, { maxLength: 10 }),
});

const byLabels = (hosts: readonly string[]) =>
  hosts
    .map((h) => h.split('.').reverse().join('.'))
    .sort()
    .map((h) => h.split('.').reverse().join('.'));

/** True when `filter` as a hostSuffix filter (the end of the host, as a string) covers `name`. */
const covers = (filter: string, name: string) => name.endsWith(filter);

describe('the first turn filter lists', () => {
  const classifier = buildClassifier(catalog);
  const built = filterLists(classifier);

  it('cover every host the classifier matches, none covering another', () => {
    for (const name of classifier.hosts())
      expect(
        built.hosts.some((f) => covers(f, name)),
        name,
      ).toBe(true);
    for (const f of built.hosts)
      expect(
        built.hosts.filter((g) => covers(g, f)),
        f,
      ).toEqual([f]);
    expect(built.hosts.length).toBeLessThan(classifier.hosts().length);
  });

  it('come back unchanged from their packed form, for the catalog and for random lists', () => {
    expect(unpackFilterLists(packFilterLists(built))).toEqual(built);
    fc.assert(
      fc.property(lists, (random: FilterLists) => {
        const ordered = { hosts: byLabels(random.hosts), endpoints: byLabels(random.endpoints) };
        expect(unpackFilterLists(packFilterLists(ordered))).toEqual(ordered);
        expect(unpackFilterLists(packFilterLists(random))).toEqual(random);
      }),
    );
    expect(unpackFilterLists(packFilterLists({ hosts: [], endpoints: [] }))).toEqual({
      hosts: [],
      endpoints: [],
    });
  });

  it('pack the catalog smaller than its JSON', () => {
    expect(packFilterLists(built).length).toBeLessThan(JSON.stringify(built).length * 0.6);
  });
});
