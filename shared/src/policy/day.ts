/** The local calendar day of a moment, `YYYY-MM-DD`, as the device's clock sees it. */
export function localDay(at: number | Date = Date.now()): string {
  const d = at instanceof Date ? at : new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Epoch ms of the next local midnight after `at`: when a day's justification stops letting the employee through. */
export function nextLocalMidnight(at: number = Date.now()): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
