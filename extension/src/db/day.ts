/** Local midnight `days` days before the day of `at`. */
export function daysBefore(at: number, days: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - days);
  return d.getTime();
}
