import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { REQUEST_STATUSES } from '@lantern/shared';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { SelectField, toOptions } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtDate, fmtRelative } from '../format';
import { usePaging } from '../hooks/usePaging';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../location';
import { useCanWrite } from '../session';
import { AnswerForm } from './requests/AnswerForm';
import { BulkAnswer } from './requests/BulkAnswer';
import { RequestQueue } from './requests/RequestQueue';

type Row = Awaited<ReturnType<typeof api.admin.requests.list.query>>['rows'][number];
type Status = (typeof REQUEST_STATUSES)[number];

const STATUS_LABELS: Record<Status, string> = { pending: 'Pending', approved: 'Approved', denied: 'Denied' };

/** Approval requests and self-reports: the answer travels back to the requester's browser on its next pull. */
export function RequestsPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = (query.get('status') ?? 'pending') as Status | 'all';
  const canWrite = useCanWrite();
  const tool = query.get('tool') ?? undefined;
  const [answering, setAnswering] = useState<string | null>(null);
  const [selected, setSelected] = useState<Map<string, { id: string; deviceId: string }>>(new Map());
  // Pending requests are a queue: the longest-waiting first.
  const order = status === 'pending' ? 'asc' : 'desc';
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.requests.list.queryOptions({
      status: status === 'all' ? undefined : status,
      toolId: tool,
      order,
      limit,
      offset,
    }),
    placeholderData: keepPreviousData,
  });
  // After a change the list is fetched again (the query client does it); the selection is cleared.
  const clearSelection = () => setSelected(new Map());
  const toggle = (r: Row) =>
    setSelected((now) => {
      const next = new Map(now);
      const key = `${r.deviceId}:${r.id}`;
      if (next.has(key)) next.delete(key);
      else next.set(key, { id: r.id, deviceId: r.deviceId });
      return next;
    });
  const toolName = useToolNames((list.data?.rows ?? []).map((r) => r.toolId));

  const selectable = canWrite && status === 'pending';
  const columns: Column<Row>[] = [
    ...(selectable
      ? [
          {
            key: 'select',
            header: 'Select',
            render: (r: Row) => (
              <input
                type="checkbox"
                checked={selected.has(`${r.deviceId}:${r.id}`)}
                onChange={() => toggle(r)}
                aria-label={`Select the request for ${toolName(r.toolId)} from ${r.person}`}
              />
            ),
          },
        ]
      : []),
    { key: 'at', header: 'Asked', render: (r) => `${fmtDate(r.at)} (${fmtRelative(r.at)})` },
    {
      key: 'tool',
      header: 'Tool',
      render: (r) => <a href={href(['tools', r.toolId])}>{toolName(r.toolId)}</a>,
    },
    { key: 'person', header: 'Person', render: (r) => r.person },
    {
      key: 'kind',
      header: 'Kind',
      render: (r) => (r.kind === 'approval' ? 'Approval request' : 'Self-reported tool'),
    },
    { key: 'reason', header: 'Reason', render: (r) => r.reason },
    {
      key: 'status',
      header: 'Answer',
      render: (r) =>
        r.status === 'pending' ? (
          canWrite ? (
            answering === r.id ? (
              <AnswerForm
                requestId={r.id}
                kind={r.kind}
                toolName={toolName(r.toolId)}
                onDone={() => {
                  setAnswering(null);
                  clearSelection();
                }}
                onCancel={() => setAnswering(null)}
              />
            ) : (
              <button
                type="button"
                onClick={() => setAnswering(r.id)}
                aria-label={`Answer the request for ${toolName(r.toolId)} from ${r.person}`}
              >
                Answer…
              </button>
            )
          ) : (
            <Badge>Pending</Badge>
          )
        ) : (
          <div>
            <Badge tone={r.status === 'denied' ? 'flag' : 'neutral'}>{STATUS_LABELS[r.status]}</Badge>
            {r.note && <p className="muted">{r.note}</p>}
            <p className="muted">{fmtDate(r.decidedAt)}</p>
          </div>
        ),
    },
  ];

  return (
    <>
      <PageHead
        title="Requests"
        intro="People asking for a tool to be approved, and tools they reported that Lantern did not know."
      />
      {!canWrite && <ReadOnlyNote />}
      <div className="filters">
        <SelectField
          label="Status"
          value={status}
          options={[...toOptions(REQUEST_STATUSES, STATUS_LABELS), { value: 'all', label: 'All' }]}
          onChange={(v) => update({ status: v === 'pending' ? null : v })}
        />
      </div>
      {status === 'pending' && !tool && (
        <RequestQueue onShow={(id) => update({ tool: id })} onChanged={clearSelection} />
      )}
      {tool && (
        <p>
          Requests for <strong>{toolName(tool)}</strong>.{' '}
          <button type="button" onClick={() => update({ tool: null })}>
            Show all tools
          </button>
        </p>
      )}
      <BulkAnswer selected={[...selected.values()]} onDone={clearSelection} />
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
