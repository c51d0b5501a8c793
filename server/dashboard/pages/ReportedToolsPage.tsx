import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtDate } from '../format';
import { usePaging } from '../hooks/usePaging';
import { useCanWrite } from '../session';
import { ReviewForm } from './reported/ReviewForm';

type Row = Awaited<ReturnType<typeof api.admin.reports.list.query>>['rows'][number];
const STATUSES = ['open', 'accepted', 'dismissed'] as const;
type Status = (typeof STATUSES)[number];
const STATUS_LABELS: Record<Status, string> = {
  open: 'To review',
  accepted: 'Accepted',
  dismissed: 'Dismissed',
};

/**
 * Tools people reported that Lantern did not know. A report changes nothing in any browser: only
 * accepting it here makes it an organisation tool that every browser recognises.
 */
export function ReportedToolsPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = (query.get('status') ?? 'open') as Status | 'all';
  const canWrite = useCanWrite();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.reports.list.queryOptions({ status: status === 'all' ? undefined : status, limit, offset }),
    placeholderData: keepPreviousData,
  });

  const columns: Column<Row>[] = [
    { key: 'name', header: 'Reported name', render: (r) => r.name },
    {
      key: 'hostname',
      header: 'Hostname',
      render: (r) => r.hostname ?? <span className="muted">none given</span>,
    },
    { key: 'people', header: 'People', render: (r) => r.people },
    {
      key: 'who',
      header: 'Reported by',
      render: (r) =>
        r.reporters.join(', ') +
        (r.people > r.reporters.length ? ` and ${r.people - r.reporters.length} more` : ''),
    },
    { key: 'first', header: 'First reported', render: (r) => fmtDate(r.firstReportedAt) },
    { key: 'last', header: 'Last reported', render: (r) => fmtDate(r.lastReportedAt) },
    {
      key: 'status',
      header: 'Review',
      render: (r) =>
        r.status !== 'open' ? (
          <div>
            <Badge tone={r.status === 'dismissed' ? 'flag' : 'neutral'}>{STATUS_LABELS[r.status]}</Badge>
            <p className="muted">{fmtDate(r.decidedAt)}</p>
          </div>
        ) : !canWrite ? (
          <Badge>{STATUS_LABELS.open}</Badge>
        ) : reviewing === r.id ? (
          <ReviewForm
            report={r}
            onDone={() => {
              setReviewing(null);
            }}
            onCancel={() => setReviewing(null)}
          />
        ) : (
          <button type="button" onClick={() => setReviewing(r.id)} aria-label={`Review ${r.name}`}>
            Review…
          </button>
        ),
    },
  ];

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
