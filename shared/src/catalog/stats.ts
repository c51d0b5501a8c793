// What `lantern catalog stats` reports and what the catalog's form tests rely on: counts per category and
// region, how old each entry's check is, which entries still cite only a homepage or a vendor page never
// opened, and how many carry supplier facts. Pure, so the CLI, the tests and a future release builder compute the same numbers.
import type { Tool } from '../schemas/tool';
import { catalogRegion } from './data/regions';
import { UNOPENED_SOURCE_IDS } from './data/unopened-sources';

const DAY_MS = 86_400_000;

/**
 * A source names the page a fact was read on: an https URL with a path, optionally followed by a
 * licence in parentheses (`https://github.com/o/r/blob/<commit>/data/x (MIT)`). A bare homepage is not
 * specific: it says where the product lives, not where the facts were checked.
 */
export function sourceUrl(source: string): { host: string; path: string } | null {
  // A regex rather than URL: this package stays free of DOM and Node types.
  const match = /^https:\/\/([a-z0-9.-]+\.[a-z]{2,})(\/[^\s()]*)?(?: \([^()]{1,40}\))?$/i.exec(source);
  return match ? { host: match[1]!.toLowerCase(), path: match[2] ?? '' } : null;
}

export function isSpecificSource(source: string): boolean {
  const url = sourceUrl(source);
  // The query and fragment do not make a homepage specific (`/?ref=x` is still the homepage).
  return url !== null && url.path.split(/[?#]/)[0]!.replace(/\/+$/, '') !== '';
}

/** Whole days from `day` (YYYY-MM-DD, UTC) to `now`. */
export function ageInDays(day: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}

export interface CatalogStats {
  tools: number;
  matchers: {
    domains: number;
    urlPrefixes: number;
    apiEndpoints: number;
    apiPrefixes: number;
    extensionIds: number;
  };
  byCategory: Record<string, number>;
  byRegion: Record<string, number>;
  byCheckedDay: Record<string, number>;
  olderThan: { days: number; count: number; ids: string[] } | null;
  sources: { specific: number; homepageOnly: number; homepageOnlyIds: string[] };
  /** Entries whose vendor-page source was written down without being opened (`data/unopened-sources.ts`). */
  unopenedSources: { count: number; ids: string[] };
  supplierFacts: { anyKnown: number; trainsOnInputs: number; enterpriseTier: number; dataRegions: number };
}

function count<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))) as Record<K, number>;
}

export function catalogStats(
  tools: readonly Tool[],
  options: { now?: Date; olderThanDays?: number } = {},
): CatalogStats {
  const now = options.now ?? new Date();
  const homepageOnly = tools.filter((t) => !isSpecificSource(t.source)).map((t) => t.id);
  const unopened = tools.filter((t) => UNOPENED_SOURCE_IDS.has(t.id)).map((t) => t.id);
  const facts = tools.map((t) => t.supplier);
  const older =
    options.olderThanDays === undefined
      ? null
      : tools.filter((t) => ageInDays(t.checked, now) > options.olderThanDays!).map((t) => t.id);
  return {
    tools: tools.length,
    matchers: {
      domains: tools.reduce((n, t) => n + t.domains.length, 0),
      urlPrefixes: tools.reduce((n, t) => n + t.urlPrefixes.length, 0),
      apiEndpoints: tools.reduce((n, t) => n + t.apiEndpoints.length, 0),
      apiPrefixes: tools.reduce((n, t) => n + (t.apiPrefixes?.length ?? 0), 0),
      extensionIds: tools.reduce((n, t) => n + t.extensionIds.length, 0),
    },
    byCategory: count(tools.map((t) => t.category)),
    byRegion: count(tools.map((t) => catalogRegion(t.id) ?? 'organisation')),
    byCheckedDay: count(tools.map((t) => t.checked)),
    olderThan: older === null ? null : { days: options.olderThanDays!, count: older.length, ids: older },
    sources: {
      specific: tools.length - homepageOnly.length,
      homepageOnly: homepageOnly.length,
      homepageOnlyIds: homepageOnly,
    },
    unopenedSources: { count: unopened.length, ids: unopened },
    supplierFacts: {
      anyKnown: facts.filter(
        (f) => f.trainsOnInputsByDefault !== null || f.enterpriseTier !== null || f.dataRegions.length > 0,
      ).length,
      trainsOnInputs: facts.filter((f) => f.trainsOnInputsByDefault !== null).length,
      enterpriseTier: facts.filter((f) => f.enterpriseTier !== null).length,
      dataRegions: facts.filter((f) => f.dataRegions.length > 0).length,
    },
  };
}
