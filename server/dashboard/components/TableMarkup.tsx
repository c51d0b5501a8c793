import {
  createColumnHelper,
  createPaginatedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';

/** What a page says about one column; turned into a TanStack column definition below. */
export interface Column<T> {
  key: string;
  header: string;
  /** Said to screen readers after the header and shown as its tooltip: " (last 30 days)". */
  headerHint?: string;
  render: (row: T) => ReactNode;
  /** Sorting happens on the server; a sortable column only asks for it. */
  sortable?: boolean;
  numeric?: boolean;
}

/**
 * One feature set for both tables: sorting state (the server sorts, so no sorted row model) and
 * pagination (LocalTable slices in the browser; DataTable is handed one page and says so with
 * `manualPagination`).
 */
export const tableFeatureSet = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
type Features = typeof tableFeatureSet;
export type LanternTable<T extends RowData> = ReactTable<Features, T>;

/**
 * The page's columns as TanStack column definitions, which only say which columns there are and
 * which may sort (`canSort` is false where nobody listens to a sort click). Pages build their column
 * arrays on every render; keyed on this shape, TanStack rebuilds its column and row models only
 * when the shape changes (rebuilding them on each render made a 50-row page about 3× slower to
 * re-render in the component tests). What a cell shows is read from the page's current columns.
 */
export function useColumnDefs<T extends RowData>(
  columns: readonly Column<T>[],
  canSort: boolean,
): ColumnDef<Features, T, unknown>[] {
  const shape = columns.map((c) => `${canSort && c.sortable === true ? 's' : '-'}${c.key}`).join('\n');
  return useMemo(() => {
    const helper = createColumnHelper<Features, T>();
    return (shape === '' ? [] : shape.split('\n')).map((entry) =>
      // The accessor hands back the whole row: TanStack offers sorting on accessor columns only.
      helper.accessor((row: T): unknown => row, { id: entry.slice(1), enableSorting: entry[0] === 's' }),
    );
  }, [shape]);
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

interface TableMarkupProps<T extends RowData> {
  table: LanternTable<T>;
  columns: readonly Column<T>[];
  caption: string;
  loading?: boolean;
  empty?: ReactNode;
  className?: string;
}

/** The semantic markup TanStack leaves to us: caption, scoped headers, aria-sort, an empty row. */
export function TableMarkup<T extends RowData>({
  table,
  columns,
  caption,
  loading,
  empty,
  className,
}: TableMarkupProps<T>) {
  const rows = table.getRowModel().rows;
  const byKey = new Map(columns.map((col) => [col.key, col]));
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <HeaderCell key={header.id} column={header.column} col={byKey.get(header.column.id)} />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="empty">
              {loading ? 'Loading…' : (empty ?? 'Nothing to show.')}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => {
                const col = byKey.get(cell.column.id);
                return (
                  <td key={cell.id} className={col?.numeric ? 'num' : undefined}>
                    {col?.render(row.original)}
                  </td>
                );
              })}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

type HeaderColumn<T extends RowData> = ReturnType<
  LanternTable<T>['getHeaderGroups']
>[number]['headers'][number]['column'];

/** One column header: scoped, with aria-sort and a sort button where the column sorts. */
function HeaderCell<T extends RowData>({
  column,
  col,
}: {
  column: HeaderColumn<T>;
  col: Column<T> | undefined;
}) {
  const sorted = column.getIsSorted();
  const label = (
    <>
      {col?.header}
      {col?.headerHint && <span className="visually-hidden">{col.headerHint}</span>}
    </>
  );
  return (
    <th
      scope="col"
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      className={col?.numeric ? 'num' : undefined}
      title={col?.headerHint && `${col.header}${col.headerHint}`}
    >
      {column.getCanSort() ? (
        <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {sorted ? SORT_MARK[sorted] : '↕'}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
