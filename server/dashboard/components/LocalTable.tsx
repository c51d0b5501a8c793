import { useState } from 'react';
import { DataTable, type Column } from './DataTable';
import { Pagination } from './Pagination';

interface LocalTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  pageSize?: number;
  empty?: string;
}

/** Pages a short list the server already bounded (a tool's people, a person's records). */
export function LocalTable<T>({ caption, columns, rows, rowKey, pageSize = 15, empty }: LocalTableProps<T>) {
  const [page, setPage] = useState(1);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={shown} rowKey={rowKey} empty={empty} />
      {rows.length > pageSize && (
        <Pagination
          page={page}
          pageSize={pageSize}
          total={rows.length}
          onPage={setPage}
          label={`${caption} pages`}
        />
      )}
    </>
  );
}
