// Words for supplier facts, shared by the dashboard, the extension, exports and the evidence pack so a
// fact reads the same everywhere. English only: the extension's translated pages pass their own words.
import type { SupplierFact } from './schema';

export const FACT_LABELS: Record<string, string> = {
  'trainsOnInputs.free': 'Trains on inputs by default (free plan)',
  'trainsOnInputs.team': 'Trains on inputs by default (team plan)',
  'trainsOnInputs.enterprise': 'Trains on inputs by default (enterprise plan)',
  retention: 'Retention',
  dataRegions: 'Data regions',
  'certifications.soc2': 'SOC 2',
  'certifications.iso27001': 'ISO/IEC 27001',
  'certifications.iso42001': 'ISO/IEC 42001',
  dpa: 'Data processing agreement',
};

export const NOT_KNOWN_TEXT = 'Not known';

/** A fact's value in words: "Not known" when nothing was read, never an empty string. */
export function factValueText(fact: SupplierFact): string {
  if (fact.status === 'not-known') return NOT_KNOWN_TEXT;
  const v: unknown = fact.value;
  if (v === 'yes') return 'Yes';
  if (v === 'no') return 'No';
  if (v === 'no-such-plan') return 'No such plan';
  if (v === true) return 'Yes, certified';
  if (v === false) return 'Not certified';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}
