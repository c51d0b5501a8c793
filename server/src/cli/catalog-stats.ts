// `lantern catalog stats`: how big the compiled catalog is, where it is thin, and how stale. No database:
// it reads the catalog this build ships, so it runs anywhere the CLI runs (and in CI, before a release).
import { type CatalogStats, catalog, catalogStats } from '@lantern/shared';
import { type FactsCoverage, factsCoverage, supplierProfiles } from '@lantern/shared/suppliers';
import { parseFlags, type Io } from './io';
import { UsageError } from './usage';

function parse(args: string[]) {
  const { values } = parseFlags(
    args,
    { 'older-than': { type: 'string' }, format: { type: 'string' } },
    false,
  );
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError('--format must be table or json');
  const raw = values['older-than'];
  if (raw !== undefined && !/^\d{1,5}$/.test(raw)) {
    throw new UsageError('--older-than must be a whole number of days (0-99999)');
  }
  return { format, olderThanDays: raw === undefined ? undefined : Number(raw) };
}

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${((100 * n) / of).toFixed(1)}%`);

function section(title: string, counts: Record<string, number>, total: number): string[] {
  const width = Math.max(...Object.keys(counts).map((k) => k.length), title.length);
  const rows = Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, n]) => `  ${key.padEnd(width)}  ${String(n).padStart(5)}  ${pct(n, total).padStart(6)}`);
  return [`${title}:`, ...rows, ''];
}

/** Facts coverage of the top tools (`@lantern/shared/suppliers`), one line per fact. */
function coverageLines(c: FactsCoverage): string[] {
  return [
    `Supplier facts per plan (the ${c.tools} top tools, TOP_TOOL_IDS): ${c.anyKnown} have at least one known fact`,
    ...Object.entries(c.byFact).map(
      ([name, n]) => `  ${name.padEnd(26)}  ${String(n).padStart(5)}  ${pct(n, c.tools).padStart(6)}`,
    ),
  ];
}

/** A plain-text report an operator can read at a terminal; `--format json` is for scripts. */
export function formatStatsTable(s: CatalogStats & { supplierProfiles?: FactsCoverage }): string {
  const m = s.matchers;
  const f = s.supplierFacts;
  const lines = [
    `Catalog: ${s.tools} tools; ${m.domains} domains, ${m.urlPrefixes} URL prefixes, ${m.apiEndpoints} API endpoints, ${m.apiPrefixes} API prefixes, ${m.extensionIds} extension ids`,
    '',
    ...section('By category', s.byCategory, s.tools),
    ...section('By region', s.byRegion, s.tools),
    ...section('By day checked', s.byCheckedDay, s.tools),
    `Sources: ${s.sources.specific} cite a specific page or list file, ${s.sources.homepageOnly} only a homepage`,
    `Unopened sources: ${s.unopenedSources.count} cite a vendor page written down without opening it (UNOPENED_SOURCE_IDS)`,
    `Catalog supplier summary: ${f.anyKnown} tools (${pct(f.anyKnown, s.tools)}) have at least one; trains on inputs known for ${f.trainsOnInputs}, enterprise tier for ${f.enterpriseTier}, data regions for ${f.dataRegions}`,
    ...(s.supplierProfiles ? coverageLines(s.supplierProfiles) : []),
  ];
  if (s.olderThan) {
    lines.push(`Checked more than ${s.olderThan.days} days ago: ${s.olderThan.count}`);
    if (s.olderThan.count > 0) lines.push(`  ${s.olderThan.ids.join(', ')}`);
  }
  return lines.join('\n');
}

export function catalogStatsCommand(args: string[], io: Io, now = new Date()): number {
  const { format, olderThanDays } = parse(args);
  const stats = {
    ...catalogStats(catalog, { now, ...(olderThanDays === undefined ? {} : { olderThanDays }) }),
    supplierProfiles: factsCoverage(supplierProfiles),
  };
  io.out(format === 'json' ? JSON.stringify(stats, null, 2) : formatStatsTable(stats));
  return 0;
}
