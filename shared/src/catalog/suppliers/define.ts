// Keeps the facts files readable: a row names only the facts a source was read for; everything else
// is "not known". A fact always carries the page it was read on and the day.
import type { KnownFact, SupplierProfile } from './schema';
import { NOT_KNOWN, unknownProfile } from './schema';

/** The day the first supplier facts were read (issue 15, item 4). */
export const FACTS_CHECKED = '2026-12-04';
/** The day of the second reading pass (after midnight UTC): facts-more.ts and a few additions. */
export const FACTS_CHECKED_2 = '2026-12-05';

type Known<T> = Extract<KnownFact, { value: T }>;

/** A fact read on `source`; `note` says in our own words what exactly the page states. */
export function fact<T>(value: T, source: string, note?: string, checked = FACTS_CHECKED): Known<T> {
  return { status: 'known', value, source, checked, ...(note ? { note } : {}) } as unknown as Known<T>;
}

/** The day of the thirteenth-session re-check's reading (facts-p13r.ts). */
export const FACTS_CHECKED_3 = '2026-12-06';

/** A fact confirmed against a stored copy of `source` found through search, read on FACTS_CHECKED_3. */
export function read3<T>(value: T, source: string, note?: string): Known<T> {
  return { ...fact(value, source, note, FACTS_CHECKED_3), basis: 'stored-copy' };
}

/** A fact confirmed against a stored copy of `source` found through search, read on FACTS_CHECKED_2. */
export function read<T>(value: T, source: string, note?: string): Known<T> {
  return { ...fact(value, source, note, FACTS_CHECKED_2), basis: 'stored-copy' };
}

/**
 * A fact the vendor states on the named page, recorded on FACTS_CHECKED_2 without that page's text being
 * fetched: only well-established statements of the vendor itself, never an inference.
 */
export function cited<T>(value: T, source: string, note?: string): Known<T> {
  return { ...fact(value, source, note, FACTS_CHECKED_2), basis: 'not-fetched' };
}

/** Like `cited`, recorded on FACTS_CHECKED_3: the named vendor page was not fetched (see `cited`). */
export function cited3<T>(value: T, source: string, note?: string): Known<T> {
  return { ...fact(value, source, note, FACTS_CHECKED_3), basis: 'not-fetched' };
}

type Training = Known<'yes' | 'no' | 'no-such-plan'>;

/** The facts known about one tool; anything left out is "not known". */
export interface SupplierRow {
  toolId: string;
  free?: Training;
  team?: Training;
  enterprise?: Training;
  retention?: Known<string>;
  dataRegions?: Known<string[]>;
  soc2?: Known<boolean>;
  iso27001?: Known<boolean>;
  iso42001?: Known<boolean>;
  dpa?: Known<string>;
}

export function defineSuppliers(rows: readonly SupplierRow[]): SupplierProfile[] {
  return rows.map((row) => {
    const blank = unknownProfile(row.toolId);
    return {
      toolId: row.toolId,
      trainsOnInputs: {
        free: row.free ?? NOT_KNOWN,
        team: row.team ?? NOT_KNOWN,
        enterprise: row.enterprise ?? NOT_KNOWN,
      },
      retention: row.retention ?? blank.retention,
      dataRegions: row.dataRegions ?? blank.dataRegions,
      certifications: {
        soc2: row.soc2 ?? NOT_KNOWN,
        iso27001: row.iso27001 ?? NOT_KNOWN,
        iso42001: row.iso42001 ?? NOT_KNOWN,
      },
      dpa: row.dpa ?? blank.dpa,
    };
  });
}

/**
 * Adds `extra`'s known facts to `base` where `base` does not know them. A later pass can thus add a fact
 * to a tool an earlier file already lists without editing that row; a known fact is never replaced.
 */
export function supplementProfile(base: SupplierProfile, extra: SupplierProfile): SupplierProfile {
  const pick = <F extends { status: string }>(a: F, b: F): F => (a.status === 'known' ? a : b);
  return {
    toolId: base.toolId,
    trainsOnInputs: {
      free: pick(base.trainsOnInputs.free, extra.trainsOnInputs.free),
      team: pick(base.trainsOnInputs.team, extra.trainsOnInputs.team),
      enterprise: pick(base.trainsOnInputs.enterprise, extra.trainsOnInputs.enterprise),
    },
    retention: pick(base.retention, extra.retention),
    dataRegions: pick(base.dataRegions, extra.dataRegions),
    certifications: {
      soc2: pick(base.certifications.soc2, extra.certifications.soc2),
      iso27001: pick(base.certifications.iso27001, extra.certifications.iso27001),
      iso42001: pick(base.certifications.iso42001, extra.certifications.iso42001),
    },
    dpa: pick(base.dpa, extra.dpa),
  };
}

/** Profiles with one entry per tool: a tool listed again has its new facts added by `supplementProfile`. */
export function mergeProfiles(profiles: readonly SupplierProfile[]): SupplierProfile[] {
  const byId = new Map<string, SupplierProfile>();
  for (const p of profiles) {
    const prev = byId.get(p.toolId);
    byId.set(p.toolId, prev ? supplementProfile(prev, p) : p);
  }
  return [...byId.values()];
}
