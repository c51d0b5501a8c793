const DAY_MS = 86_400_000;

/** Every day from `days - 1` days before `today` through today, so quiet days show as zero, not gaps. */
export function dayRange(today: string, days: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) =>
    new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Values per day in `range`, zero where `rows` has no entry. */
export function fillDays<T extends { day: string }>(
  range: readonly string[],
  rows: readonly T[],
  pick: (row: T) => number,
): number[] {
  const byDay = new Map(rows.map((r) => [r.day, pick(r)]));
  return range.map((d) => byDay.get(d) ?? 0);
}

/** Sums daily values into weeks (oldest first) so a 90-day chart stays readable. */
export function weekly(
  range: readonly string[],
  values: readonly number[],
): { labels: string[]; values: number[] } {
  const labels: string[] = [];
  const sums: number[] = [];
  for (let i = range.length % 7; i < range.length; i += 7) {
    labels.push(shortDay(range[i]!));
    sums.push(values.slice(i, i + 7).reduce((a, b) => a + b, 0));
  }
  return { labels, values: sums };
}

export const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** Mean of each value and the `window - 1` before it: smooths the weekday/weekend sawtooth. */
export function rollingAverage(values: readonly number[], window: number): number[] {
  return values.map((_, i) => {
    const slice = values.slice(Math.max(0, i - window + 1), i + 1);
    return Math.round((slice.reduce((a, b) => a + b, 0) / slice.length) * 10) / 10;
  });
}
