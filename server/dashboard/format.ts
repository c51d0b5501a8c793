const number = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const fmtNumber = (n: number) => number.format(n);
export const fmtPercent = (share: number | null) => (share === null ? '—' : percent.format(share));
const shortDateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "23 Nov" within the current year, "23 Nov 2025" before it: tables stay narrow and unambiguous. */
export const fmtDate = (ms: number | null | undefined, now = Date.now()) =>
  ms ? (new Date(ms).getFullYear() === new Date(now).getFullYear() ? shortDateFmt : dateFmt).format(ms) : '—';
export const fmtDateTime = (ms: number | null | undefined) => (ms ? dateTimeFmt.format(ms) : '—');

/** Active time in the unit a person would say: "45 min", "3.2 h". */
export function fmtDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(seconds < 36_000 ? 1 : 0)} h`;
}

/** "in 4 min" / "3 days ago", for when browsers pick up changes and when things happened. */
export function fmtRelative(ms: number, now = Date.now()): string {
  const diff = ms - now;
  const abs = Math.abs(diff);
  const units: [number, Intl.RelativeTimeFormatUnit][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [size, unit] of units) {
    if (abs >= size || unit === 'second') return rtf.format(Math.round(diff / size), unit);
  }
  return '';
}
