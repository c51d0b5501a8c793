// Where each catalog tool is mainly made or used. Kept beside the data, not in the Tool schema: it serves
// coverage reports (`lantern catalog stats`) and review, and no browser or server decision depends on it.
export const REGIONS = [
  'global',
  'china',
  'russia',
  'korea',
  'japan',
  'europe',
  'india',
  'latam',
  'middle-east',
  'southeast-asia',
  'africa',
] as const;
export type Region = (typeof REGIONS)[number];

const regionById = new Map<string, Region>();

/** Called by defineTools for every row; the last call for an id wins (ids are unique, a test proves it). */
export function recordRegion(id: string, region: Region): void {
  regionById.set(id, region);
}

/** The region of a catalog tool, or null for an id the catalog does not define (organisation tools). */
export function catalogRegion(id: string): Region | null {
  return regionById.get(id) ?? null;
}
