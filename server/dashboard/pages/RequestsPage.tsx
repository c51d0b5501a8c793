import { DataTable } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { usePaging } from '../hooks/usePaging';
import { useToolNames } from '../hooks/useToolNames';
import { useCanWrite } from '../session';
import { BulkAnswer } from './requests/BulkAnswer';
import { RequestQueue } from './requests/RequestQueue';
import { StatusFilter, ToolFilterNote } from './requests/RequestFilters';
import type { RequestStatus } from './requests/types';
import { useRequestColumns } from './requests/useRequestColumns';
import { useRequestList } from './requests/useRequestList';
import { useRequestSelection } from './requests/useRequestSelection';

/** Approval requests and self-reports: the answer travels back to the requester's browser on its next pull. */
export function RequestsPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = (query.get('status') ?? 'pending') as RequestStatus | 'all';
  const canWrite = useCanWrite();
  const tool = query.get('tool') ?? undefined;
  // After a change the list is fetched again (the query client does it); the selection is cleared.
  const selection = useRequestSelection();
  const list = useRequestList({ status, tool, limit, offset });
  const toolName = useToolNames((list.data?.rows ?? []).map((r) => r.toolId));
  const columns = useRequestColumns({ canWrite, status, selection, toolName });

  return (
    <>
      <PageHead
        title="Requests"
        intro="People asking for a tool to be approved, and tools they reported that Lantern did not know."
      />
      {!canWrite && <ReadOnlyNote />}
      <StatusFilter status={status} onChange={(v) => update({ status: v })} />
      {status === 'pending' && !tool && (
        <RequestQueue onShow={(id) => update({ tool: id })} onChanged={selection.clear} />
      )}
      {tool && <ToolFilterNote name={toolName(tool)} onShowAll={() => update({ tool: null })} />}
      <BulkAnswer selected={selection.selected} onDone={selection.clear} />
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption="Requests"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.id}
        loading={list.isFetching}
        empty="No requests here."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Request pages"
      />
    </>
  );
}
