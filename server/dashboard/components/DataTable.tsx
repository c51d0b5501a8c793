import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDirection;
}

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

/** A table whose sort and paging are the server's job: it renders one page and reports clicks. */
export function DataTable<T>({
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
  return (
    <div
      className={stickyHeader ? 'table-wrap table-sticky' : 'table-wrap'}
      aria-busy={loading ? 'true' : 'false'}
      // A scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={stickyHeader ? 0 : undefined}
      role={stickyHeader ? 'region' : undefined}
      aria-label={stickyHeader ? caption : undefined}
    >
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((col) => {
              const active = sort?.key === col.key;
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th
                  key={col.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={col.numeric ? 'num' : undefined}
                  title={col.headerHint ? `${col.header}${col.headerHint}` : undefined}
                >
                  {col.sortable && onSort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
                      {col.header}
                      {col.headerHint && <span className="visually-hidden">{col.headerHint}</span>}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    <>
                      {col.header}
                      {col.headerHint && <span className="visually-hidden">{col.headerHint}</span>}
                    </>
                  )}
                </th>
              );
            })}
          </tr>
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
              <tr key={rowKey(row)}>
                {columns.map((col) => (
                  <td key={col.key} className={col.numeric ? 'num' : undefined}>
                    {col.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
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
