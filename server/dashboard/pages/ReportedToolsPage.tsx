import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/query';
import { DataTable } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { usePaging } from '../hooks/usePaging';
import { useCanWrite } from '../session';
import { reportColumns, STATUS_LABELS, STATUSES, type ReportStatus } from './reported/columns';
import { ReviewCell } from './reported/ReviewCell';

/**
 * Tools people reported that Lantern did not know. A report changes nothing in any browser: only
 * accepting it here makes it an organisation tool that every browser recognises.
 */
export function ReportedToolsPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = (query.get('status') ?? 'open') as ReportStatus | 'all';
  const canWrite = useCanWrite();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.reports.list.queryOptions({ status: status === 'all' ? undefined : status, limit, offset }),
    placeholderData: keepPreviousData,
  });

  const columns = reportColumns((r) => (
    <ReviewCell
      row={r}
      canWrite={canWrite}
      reviewing={reviewing === r.id}
      onReview={() => setReviewing(r.id)}
      onClose={() => setReviewing(null)}
    />
  ));

  return (
    <>
      <PageHead
        title="Reported tools"
        intro="Tools people told Lantern about that it did not recognise. Nothing changes in any browser until you accept one into the organisation's tools."
      />
      {!canWrite && <ReadOnlyNote />}
      <div className="filters">
        <SelectField
          label="Status"
          value={status}
          options={[
            ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
            { value: 'all', label: 'All' },
          ]}
          onChange={(v) => update({ status: v === 'open' ? null : v })}
        />
      </div>
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption="Reported tools"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.id}
        loading={list.isFetching}
        empty="No reported tools here."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Reported tool pages"
      />
    </>
  );
}
