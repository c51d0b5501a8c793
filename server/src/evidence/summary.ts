import { CONTROLS, CONTROL_IDS, DATASET_CONTROLS } from './controls';
import type { ControlId, DatasetName } from './controls';
import { GAP_KINDS } from './gaps';
import type { GapKind } from './gaps';

/** The columns that date a row of each dataset: evidence runs from the first to the last. */
const DATE_COLUMNS: Record<DatasetName, [string, string]> = {
  inventory: ['first_seen', 'last_seen'],
  registrations: ['registered_at', 'registered_at'],
  acknowledgements: ['accepted_at', 'accepted_at'],
  'decision-history': ['decided_at', 'decided_at'],
  'policy-versions': ['published_at', 'published_at'],
  requests: ['requested_at', 'requested_at'],
  justifications: ['justified_at', 'justified_at'],
  devices: ['enrolled_at', 'last_seen_at'],
  'audit-log': ['at', 'at'],
};

export interface ControlSummary {
  control: ControlId;
  title: string;
  evidence: { dataset: DatasetName; files: string[]; rows: number; from: string | null; to: string | null }[];
  gaps: { kind: GapKind; meaning: string; count: number }[];
  status: 'no evidence' | 'evidence with gaps' | 'evidence, no gaps found';
}

type Tagged = Record<string, unknown> & { controls: ControlId[] };

/** Per control: the rows tagged with it in each dataset (count and date range), and the open gaps. */
export function summarise(datasets: Map<DatasetName, Tagged[]>, gaps: Tagged[]): ControlSummary[] {
  return CONTROL_IDS.map((control) => {
    const evidence = [...datasets].flatMap(([dataset, rows]) => {
      const tagged = rows.filter((r) => r.controls.includes(control));
      if (!DATASET_CONTROLS[dataset].controls.includes(control) && tagged.length === 0) return [];
      const [fromCol, toCol] = DATE_COLUMNS[dataset];
      const dates = tagged
        .flatMap((r) => [r[fromCol], r[toCol]])
        .filter((d): d is string => typeof d === 'string')
        .sort();
      return [
        {
          dataset,
          files: [`${dataset}.csv`, `${dataset}.json`],
          rows: tagged.length,
          from: dates[0] ?? null,
          to: dates[dates.length - 1] ?? null,
        },
      ];
    });
    const open = (Object.keys(GAP_KINDS) as GapKind[])
      .filter((kind) => (GAP_KINDS[kind].controls as readonly string[]).includes(control))
      .map((kind) => ({
        kind,
        meaning: GAP_KINDS[kind].meaning,
        count: gaps.filter((g) => g.kind === kind).length,
      }));
    const records = evidence.reduce((n, e) => n + e.rows, 0);
    const gapCount = open.reduce((n, g) => n + g.count, 0);
    return {
      control,
      title: CONTROLS[control],
      evidence,
      gaps: open,
      status: records === 0 ? 'no evidence' : gapCount > 0 ? 'evidence with gaps' : 'evidence, no gaps found',
    };
  });
}

const cell = (s: string | number | null) => (s === null ? '—' : String(s).replace(/\|/g, '\\|'));

export function summaryMarkdown(
  summary: ControlSummary[],
  meta: { generatedAt: string; privacyMode: string; chainsOk: boolean },
): string {
  const out = [
    '# Lantern evidence pack — summary per control',
    '',
    `Generated ${meta.generatedAt}. People are shown ${meta.privacyMode === 'pseudonymous' ? 'as keyed pseudonyms' : 'by email'} (privacy mode: ${meta.privacyMode}).`,
    `Hash chains: ${meta.chainsOk ? 'verified' : '**BROKEN — see chain-proof.json**'}. Control titles are Lantern’s own paraphrases.`,
    '',
  ];
  for (const s of summary) {
    out.push(`## ${s.control} — ${s.title}`, '', `Status: **${s.status}**.`, '');
    if (s.evidence.length > 0) {
      out.push('| evidence | rows | from | to |', '|---|---:|---|---|');
      for (const e of s.evidence)
        out.push(`| ${e.dataset}.csv / .json | ${e.rows} | ${cell(e.from)} | ${cell(e.to)} |`);
      out.push('');
    }
    if (s.gaps.length > 0) {
      out.push('Gaps (rows in gaps.csv):', '');
      for (const g of s.gaps) out.push(`- ${g.kind}: **${g.count}** — ${g.meaning}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
