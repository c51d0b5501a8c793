import { csvLines } from '../exports/csv';
import { jsonRow } from '../exports/datasets';
import type { PagedDataset, Row } from '../exports/datasets';
import type { ControlId } from './controls';
import type { PackOutput } from './pack-output';

/** A dataset's row with the controls it is evidence for. */
export type Tagged = Record<string, unknown> & { controls: ControlId[] };

/**
 * One dataset as `<name>.csv` and `<name>.json`, written a page at a time (each row tagged with its
 * controls): the same bytes `toCsv` and `JSON.stringify(rows, null, 2)` give, without holding the
 * rows. Returns the number of rows.
 */
export async function writeDataset(
  out: PackOutput,
  name: string,
  data: PagedDataset,
  tag: (row: Row) => ControlId[],
  onRow: (row: Tagged) => void,
): Promise<number> {
  const columns = [...data.columns, 'controls'];
  const csv = out.create(`${name}.csv`);
  const file = out.create(`${name}.json`);
  csv.write(csvLines([columns]));
  let n = 0;
  for await (const page of data.pages) {
    if (page.length === 0) continue;
    const rows: Tagged[] = [];
    for (const r of page) {
      const row: Tagged = { ...r, controls: tag(r) };
      rows.push(row);
      onRow(row);
    }
    csv.write(csvLines(rows.map((row) => columns.map((c) => row[c]))));
    // The page as the middle of the whole array: "[\n" + items + "\n]" without its brackets.
    file.write(`${n === 0 ? '[\n' : ',\n'}${JSON.stringify(rows.map(jsonRow), null, 2).slice(2, -2)}`);
    n += rows.length;
  }
  file.write(n === 0 ? '[]\n' : '\n]\n');
  csv.close();
  file.close();
  return n;
}
