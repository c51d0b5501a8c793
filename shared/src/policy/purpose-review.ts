import type { Decision } from '../schemas/decision';
import type { DataClass } from '../schemas/primitives';
import { ANNEX_III_AREAS, annexIIIArea, type PurposeCategory } from '../schemas/purpose';

export interface AnnexIIIFlag {
  area: number;
  areaName: string;
}

/**
 * A purpose in an EU AI Act Annex III area is flagged "possible high-risk use — review". Lantern flags
 * for IT to review; it never says whether a use is high-risk.
 */
export function annexIIIFlag(purpose: PurposeCategory): AnnexIIIFlag | null {
  const area = annexIIIArea(purpose);
  if (area === null) return null;
  return { area, areaName: ANNEX_III_AREAS[area] ?? `Area ${area}` };
}

/**
 * Data classes the employee picked that the organisation did not allow for this tool. An empty
 * allowed list means the decision sets no data limits.
 */
export function dataClassesBeyondAllowed(
  decision: Decision | null,
  picked: readonly DataClass[],
): DataClass[] {
  const allowed = decision?.allowedDataClasses ?? [];
  if (allowed.length === 0) return [];
  return picked.filter((c) => !allowed.includes(c));
}
