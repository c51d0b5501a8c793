import { functionalUpdate, useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { TableMarkup, tableFeatureSet, useColumnDefs, type Column } from './TableMarkup';

export type { Column } from './TableMarkup';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDirection;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: SortState;
  onSort?: (key: string) => void;
  loading?: boolean;
  empty?: ReactNode;
  /** Extra class for the table (e.g. `one-line`: every cell on one line, long text cut with an ellipsis). */
  className?: string;
  /** The table scrolls inside its own box and the header row stays in view. */
  stickyHeader?: boolean;
}

/**
 * A table whose sort and paging are the server's job: TanStack Table is told both are manual, shows
 * the page it is given in the order given, and turns a header click into `onSort(columnKey)`; the
 * page picks the direction (`nextSort`) and asks the server.
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  loading,
  empty,
  className,
  stickyHeader = false,
}: DataTableProps<T>) {
  const columnDefs = useColumnDefs(columns, onSort !== undefined);
  const sorting = useMemo<SortingState>(
    () => (sort ? [{ id: sort.key, desc: sort.dir === 'desc' }] : []),
    [sort],
  );
  const table = useTable({
    features: tableFeatureSet,
    columns: columnDefs,
    data: rows,
    getRowId: rowKey,
    state: { sorting },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const clicked = functionalUpdate(updater, sorting)[0];
      if (clicked) onSort?.(clicked.id);
    },
  });
  return (
    <div
      className={stickyHeader ? 'table-wrap table-sticky' : 'table-wrap'}
      aria-busy={loading ? 'true' : 'false'}
      // A scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={stickyHeader ? 0 : undefined}
      role={stickyHeader ? 'region' : undefined}
      aria-label={stickyHeader ? caption : undefined}
    >
      <TableMarkup
        table={table}
        columns={columns}
        caption={caption}
        loading={loading}
        empty={empty}
        className={className}
      />
    </div>
  );
}

/** Clicking the active column flips it; a new column starts with its natural direction. */
export function nextSort(
  current: SortState | undefined,
  key: string,
  firstDir: SortDirection = 'desc',
): SortState {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: firstDir };
}
