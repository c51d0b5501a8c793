import { useState } from 'react';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice } from '../components/Feedback';
import { Pagination } from '../components/Pagination';
import { useCanWrite } from '../session';
import { AddTool } from './approved/AddTool';
import { ApprovedFilters } from './approved/ApprovedFilters';
import { ApprovedHead } from './approved/ApprovedHead';
import { BulkDock } from './approved/BulkDock';
import { decisionColumns, selectColumn } from './approved/columns';
import { SelectionBar } from './approved/SelectionBar';
import { useApprovedList, type ApprovedRow } from './approved/useApprovedList';
import { useApprovedQuery } from './approved/useApprovedQuery';
import { useSelection } from './approved/useSelection';

/** The list every browser receives: decisions for many tools at once, paged by the server. */
export function ApprovedPage() {
  const canWrite = useCanWrite();
  const q = useApprovedQuery();
  const { search, status, enforcement, undecided, sort, limit, offset } = q;
  const selection = useSelection();
  const [saved, setSaved] = useState<{ count: number; at: number }>();
  const list = useApprovedList({ search, status, enforcement, sort, limit, offset });
  const rows = list.data?.rows ?? [];
  const sortable = !undecided;
  const columns: Column<ApprovedRow>[] = [
    ...(canWrite ? [selectColumn(selection.selected, selection.toggle)] : []),
    ...decisionColumns(sortable),
  ];

  return (
    <>
      <ApprovedHead canWrite={canWrite} savedCount={saved?.count} />
      <ApprovedFilters {...{ search, status, enforcement, undecided, update: q.update }} />
      {canWrite && (
        <SelectionBar
          size={selection.selected.size}
          pageCount={rows.length}
          onSelectPage={() => selection.add(rows.map((r) => r.toolId))}
          onClear={selection.clear}
        />
      )}
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption="Decisions per tool"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.toolId}
        sort={sortable ? sort : undefined}
        onSort={q.onSort}
        loading={list.isFetching}
        empty={search || status || enforcement ? 'No tools match these filters.' : 'No decisions yet.'}
      />
      {canWrite && selection.selected.size > 0 && (
        <BulkDock
          toolIds={[...selection.selected]}
          onSaved={(count) => {
            setSaved({ count, at: Date.now() });
            selection.clear();
          }}
        />
      )}
      <Pagination
        page={q.page}
        pageSize={q.pageSize}
        total={list.data?.total ?? 0}
        onPage={q.setPage}
        label="Decision pages"
      />
      {canWrite && (
        <div className="grid" style={{ marginTop: '1rem' }}>
          <AddTool />
        </div>
      )}
    </>
  );
}
