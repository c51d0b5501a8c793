export type Row = Record<string, unknown>;

export interface Dataset {
  columns: string[];
  rows: Row[];
}

/** A dataset read a page of rows at a time, so whoever writes it out never holds all of it. */
export interface PagedDataset {
  columns: string[];
  pages: AsyncIterable<Row[]>;
}

/** Rows per page: large enough that a page costs one quick query, small enough to stay cheap to hold. */
export const PAGE_ROWS = 5000;

/**
 * Keyset paging: `fetch(after, size)` returns at most `size` rows that follow the key `after` in the
 * dataset's order (all from the start when `after` is null); `keyOf` gives a row's key.
 */
export async function* keysetPages<T, K>(
  fetch: (after: K | null, size: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  size = PAGE_ROWS,
): AsyncGenerator<T[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}

/** Every row of a paged dataset, in order. */
export async function collect(data: PagedDataset): Promise<Dataset> {
  const rows: Row[] = [];
  for await (const page of data.pages) rows.push(...page);
  return { columns: data.columns, rows };
}

/** A dataset already in memory, as one page. */
export function asPages(data: Dataset): PagedDataset {
  return {
    columns: data.columns,
    pages: (async function* () {
      yield data.rows;
    })(),
  };
}
