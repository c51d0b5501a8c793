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
  'technical-controls': ['changed_at', 'changed_at'],
  'policy-versions': ['published_at', 'published_at'],
  requests: ['requested_at', 'requested_at'],
  exceptions: ['granted_at', 'granted_at'],
  justifications: ['justified_at', 'justified_at'],
  devices: ['enrolled_at', 'last_seen_at'],
  'audit-log': ['at', 'at'],
  suppliers: ['checked', 'checked'],
  literacy: ['completed_at', 'completed_at'],
};

export interface ControlSummary {
  control: ControlId;
  title: string;
  evidence: { dataset: DatasetName; files: string[]; rows: number; from: string | null; to: string | null }[];
  gaps: { kind: GapKind; meaning: string; count: number }[];
  status: 'no evidence' | 'evidence with gaps' | 'evidence, no gaps found';
}

export interface IdentitySummary {
  acceptances: number;
  oidc: number;
  personalLink: number;
  selfAsserted: number;
  /** Share (0..1) of acceptances whose identity was verified (oidc or personal-link); null without any. */
  verifiedShare: number | null;
}

type Tagged = Record<string, unknown> & { controls: ControlId[] };
interface Evidence {
  rows: number;
  from: string | null;
  to: string | null;
}

/**
 * Per control: the rows tagged with it in each dataset (count and date range), and the open gaps.
 * Rows are added as they are written, so a pack never holds a dataset to summarise it.
 */
export class SummaryBuilder {
  private readonly stats = new Map<DatasetName, Map<ControlId, Evidence>>();
  private readonly assurance = new Map<string, number>();

  /** Registers a dataset (in pack order), even if it turns out to have no rows. */
  dataset(name: DatasetName): void {
    if (!this.stats.has(name)) this.stats.set(name, new Map());
  }

  add(name: DatasetName, row: Tagged): void {
    this.dataset(name);
    if (name === 'acknowledgements') {
      const a = typeof row.identity_assurance === 'string' ? row.identity_assurance : 'self-asserted';
      this.assurance.set(a, (this.assurance.get(a) ?? 0) + 1);
    }
    const perControl = this.stats.get(name)!;
    const [fromCol, toCol] = DATE_COLUMNS[name];
    const dates = [row[fromCol], row[toCol]].filter((d): d is string => typeof d === 'string');
    for (const control of new Set(row.controls)) {
      let e = perControl.get(control);
      if (!e) perControl.set(control, (e = { rows: 0, from: null, to: null }));
      e.rows++;
      for (const d of dates) {
        if (e.from === null || d < e.from) e.from = d;
        if (e.to === null || d > e.to) e.to = d;
      }
    }
  }

  /** How the identity behind each acceptance was established, and the verified share (issue 14). */
  identity(): IdentitySummary {
    const count = (a: string) => this.assurance.get(a) ?? 0;
    const acceptances = [...this.assurance.values()].reduce((n, v) => n + v, 0);
    const verified = count('oidc') + count('personal-link');
    return {
      acceptances,
      oidc: count('oidc'),
      personalLink: count('personal-link'),
      selfAsserted: count('self-asserted'),
      verifiedShare: acceptances === 0 ? null : Number((verified / acceptances).toFixed(4)),
    };
  }

  summary(gaps: readonly Tagged[]): ControlSummary[] {
    return CONTROL_IDS.map((control) => {
      const evidence = [...this.stats].flatMap(([dataset, perControl]) => {
        const e = perControl.get(control) ?? { rows: 0, from: null, to: null };
        if (!DATASET_CONTROLS[dataset].controls.includes(control) && e.rows === 0) return [];
        return [{ dataset, files: [`${dataset}.csv`, `${dataset}.json`], ...e }];
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
        status:
          records === 0 ? 'no evidence' : gapCount > 0 ? 'evidence with gaps' : 'evidence, no gaps found',
      };
    });
  }
}

/** The same summary from whole datasets in memory. */
export function summarise(datasets: Map<DatasetName, Tagged[]>, gaps: Tagged[]): ControlSummary[] {
  const b = new SummaryBuilder();
  for (const [name, rows] of datasets) {
    b.dataset(name);
    for (const r of rows) b.add(name, r);
  }
  return b.summary(gaps);
}
