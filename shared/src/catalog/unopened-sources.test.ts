// The register of entries whose vendor-page source was written down without being opened
// (data/unopened-sources.ts). It may only shrink: confirm a row against a pinned list file or a stored copy of the
// vendor's page, cite that, take its id out and lower the ceiling.
import { describe, expect, it } from 'vitest';
import { UNOPENED_SOURCE_IDS } from './data/unopened-sources';
import { catalog } from './index';
import { catalogStats } from './stats';

/** Entries citing a vendor page nobody opened. May only shrink: re-verify an entry, then lower it. */
const UNOPENED_CEILING = 94;

const byId = new Map(catalog.map((t) => [t.id, t] as const));

describe('unopened vendor-page sources', () => {
  it(`holds at most ${UNOPENED_CEILING} entries`, () => {
    expect(UNOPENED_SOURCE_IDS.size).toBeLessThanOrEqual(UNOPENED_CEILING);
  });

  it('names only catalog entries, each still citing a vendor page rather than a list file', () => {
    const problems = [...UNOPENED_SOURCE_IDS].filter((id) => {
      const tool = byId.get(id);
      return !tool || /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\//.test(tool.source);
    });
    expect(problems).toEqual([]);
  });

  it('is what `catalog stats` counts', () => {
    const { unopenedSources } = catalogStats(catalog);
    expect(unopenedSources.count).toBe(UNOPENED_SOURCE_IDS.size);
    expect(new Set(unopenedSources.ids)).toEqual(UNOPENED_SOURCE_IDS);
  });
});
