const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day `daysAgo` days before `now` (0 = today). Windows include today. */
export function dayString(now: number, daysAgo = 0): string {
  return new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of a window of `days` days ending today. */
export function windowStart(now: number, days: number): string {
  return dayString(now, days - 1);
}
