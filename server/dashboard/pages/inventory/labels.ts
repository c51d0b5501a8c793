import { ANNEX_III_AREAS, CATEGORY_LABELS, type ToolCategory } from '@lantern/shared';

export const SIGNAL_LABELS: Record<string, string> = {
  visit: 'Visited',
  embedded: 'Embedded in another site',
  extension: 'Browser extension',
  'self-reported': 'Self-reported',
};

export const categoryLabel = (c: string) => CATEGORY_LABELS[c as ToolCategory] ?? c;

/** Short names for badges; the full area name goes into the tooltip. */
const ANNEX_SHORT: Record<number, string> = {
  1: 'biometrics',
  2: 'critical infrastructure',
  3: 'education',
  4: 'employment',
  5: 'essential services',
  6: 'law enforcement',
  7: 'migration',
  8: 'justice',
};

export const annexLabel = (area: number) => `Annex III ${area} (${ANNEX_SHORT[area] ?? 'area'})`;
export const annexTitle = (area: number) =>
  `EU AI Act Annex III area ${area}: ${ANNEX_III_AREAS[area] ?? ''}`;

export const STATUS_FILTERS = [
  { value: 'approved', label: 'Approved' },
  { value: 'conditional', label: 'Approved with conditions' },
  { value: 'review', label: 'Under review' },
  { value: 'prohibited', label: 'Prohibited' },
  { value: 'undecided', label: 'Not decided' },
] as const;

export const ENFORCEMENT_LABELS: Record<string, string> = {
  monitor: 'Monitor (record only)',
  inform: 'Inform',
  acknowledge: 'Acknowledge',
  justify: 'Justify to continue',
  block: 'Block',
};
