import { useTable, type PaginationState, type RowData } from '@tanstack/react-table';
import { useState } from 'react';
import { Pagination } from './Pagination';
import { TableMarkup, tableFeatureSet, useColumnDefs, type Column } from './TableMarkup';

interface LocalTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  pageSize?: number;
  empty?: string;
}

/**
 * Pages a short list the server already bounded (a tool's people, a person's records): TanStack's
 * paginated row model slices it, Pagination moves through it.
 */
export function LocalTable<T extends RowData>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize = 15,
  empty,
}: LocalTableProps<T>) {
  const columnDefs = useColumnDefs(columns, false);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  // A refreshed list keeps the page being read; one that shrank under it shows its last page.
  const lastIndex = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  const pageIndex = Math.min(pagination.pageIndex, lastIndex);
  const table = useTable({
    features: tableFeatureSet,
    columns: columnDefs,
    data: rows,
    getRowId: rowKey,
    state: { pagination: { pageIndex, pageSize } },
    onPaginationChange: setPagination,
    autoResetPageIndex: false,
  });
  return (
    <>
      <div className="table-wrap">
        <TableMarkup table={table} columns={columns} caption={caption} empty={empty} />
      </div>
      {rows.length > pageSize && (
        <Pagination
          page={pageIndex + 1}
          pageSize={pageSize}
          total={rows.length}
          onPage={(n) => table.setPageIndex(n - 1)}
          label={`${caption} pages`}
        />
      )}
    </>
  );
}
