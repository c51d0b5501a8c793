/** One row of the server's guard series: per tool × day × data class. */
export interface SeriesRow {
  toolId: string;
  day: string;
  dataClass: string;
  warnings: number;
  pastedAnyway: number;
}

/**
 * Warnings over time as chart series: one line per data class (summed over tools, or one tool),
 * every day from the first to the last row present so gaps read as zero.
 */
export function warningsByClass(rows: readonly SeriesRow[], toolId: string | null) {
  const picked = rows.filter((r) => toolId === null || r.toolId === toolId);
  const days = [...new Set(picked.map((r) => r.day))].sort();
  const labels = days.length === 0 ? [] : dayRange(days[0]!, days[days.length - 1]!);
  const classes = [...new Set(picked.map((r) => r.dataClass))].sort();
  const series = classes.map((c) => ({
    name: c,
    values: labels.map((d) =>
      picked.filter((r) => r.dataClass === c && r.day === d).reduce((n, r) => n + r.warnings, 0),
    ),
  }));
  return { labels, series };
}

/** Totals per tool and data class over the whole period, largest "pasted anyway" first. */
export function totalsByTool(rows: readonly SeriesRow[]) {
  const map = new Map<
    string,
    { toolId: string; dataClass: string; warnings: number; pastedAnyway: number }
  >();
  for (const r of rows) {
    const k = `${r.toolId}|${r.dataClass}`;
    const t = map.get(k) ?? { toolId: r.toolId, dataClass: r.dataClass, warnings: 0, pastedAnyway: 0 };
    t.warnings += r.warnings;
    t.pastedAnyway += r.pastedAnyway;
    map.set(k, t);
  }
  return [...map.values()].sort((a, b) => b.pastedAnyway - a.pastedAnyway || b.warnings - a.warnings);
}

function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
