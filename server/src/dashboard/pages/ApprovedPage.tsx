import type { Decision } from '@lantern/shared';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { StatusBadge } from '../components/Badges';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { SearchField, SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtNumber } from '../format';
import { useAsync } from '../hooks/useAsync';
import { usePaging } from '../hooks/usePaging';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../router';
import { useCanWrite } from '../session';
import { AddTool } from './approved/AddTool';
import { BulkEditor } from './approved/BulkEditor';
import { ENFORCEMENT_LABELS, STATUS_FILTERS } from './inventory/labels';
import { PickupNote } from './tool/PickupNote';

type Row = Awaited<ReturnType<typeof api.admin.inventory.tools.query>>['rows'][number];
const DECIDED = ['approved', 'conditional', 'review', 'prohibited'] as const;

/** The list every browser receives: decisions for many tools at once. */
export function ApprovedPage() {
  const canWrite = useCanWrite();
  const toolName = useToolNames();
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = query.get('status') ?? '';
  const search = query.get('q') ?? '';
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<number>();
  const list = useAsync(
    () =>
      api.admin.inventory.tools.query({
        status: status ? [status as (typeof DECIDED)[number] | 'undecided'] : [...DECIDED],
        search: search || undefined,
        sort: 'name',
        order: 'asc',
        limit,
        offset,
      }),
    [status, search, limit, offset],
  );
  const decisions = useAsync(() => api.admin.decisions.list.query(), []);
  const byTool = useMemo(
    () => new Map<string, Decision>((decisions.data ?? []).map((d) => [d.toolId, d])),
    [decisions.data],
  );
  const rows = list.data?.rows ?? [];
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));

  const columns: Column<Row>[] = [
    ...(canWrite
      ? [
          {
            key: 'select',
            header: 'Select',
            render: (r: Row) => (
              <input
                type="checkbox"
                checked={selected.has(r.toolId)}
                onChange={(e) => toggle(r.toolId, e.target.checked)}
                aria-label={`Select ${r.name}`}
              />
            ),
          },
        ]
      : []),
    { key: 'name', header: 'Tool', render: (r) => <a href={href(['tools', r.toolId])}>{r.name}</a> },
    {
      key: 'status',
      header: 'Status',
      render: (r) => <StatusBadge status={r.status === 'undecided' ? null : r.status} />,
    },
    {
      key: 'enf',
      header: 'In the browser',
      render: (r) => (r.enforcement ? ENFORCEMENT_LABELS[r.enforcement] : '—'),
    },
    { key: 'cond', header: 'Conditions', render: (r) => byTool.get(r.toolId)?.conditions ?? '—' },
    {
      key: 'data',
      header: 'Allowed data',
      render: (r) => byTool.get(r.toolId)?.allowedDataClasses.join(', ') || '—',
    },
    {
      key: 'alt',
      header: 'Alternative',
      render: (r) => {
        const alt = byTool.get(r.toolId)?.alternativeToolId;
        return alt ? toolName(alt) : '—';
      },
    },
    { key: 'users', header: 'People 30 d', numeric: true, render: (r) => fmtNumber(r.users30d) },
  ];

  return (
    <>
      <PageHead
        title="Approved-tool list"
        intro="What every browser is told about each tool. Changes go out on the browsers' next check."
      />
      <p className="notice notice-info" role="note">
        <PickupNote refresh={list.data} />
      </p>
      {!canWrite && <ReadOnlyNote />}
      {saved !== undefined && <SuccessNotice>Saved {saved} decisions.</SuccessNotice>}
      <div className="filters">
        <SearchField label="Search" value={search} onSearch={(v) => update({ q: v || null })} />
        <SelectField
          label="Status"
          value={status}
          anyLabel="Every decided tool"
          options={STATUS_FILTERS}
          onChange={(v) => update({ status: v || null })}
        />
        {canWrite && (
          <button
            type="button"
            onClick={() => setSelected(new Set([...selected, ...rows.map((r) => r.toolId)]))}
            disabled={rows.length === 0}
          >
            Select all on this page
          </button>
        )}
        {canWrite && selected.size > 0 && (
          <button type="button" onClick={() => setSelected(new Set())}>
            Clear selection ({selected.size})
          </button>
        )}
      </div>
      {(list.error ?? decisions.error) && <ErrorNotice error={(list.error ?? decisions.error)!} />}
      <DataTable
        caption="Decisions per tool"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.toolId}
        loading={list.loading}
        empty="No decisions yet."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Decision pages"
      />
      {canWrite && (
        <div className="grid" style={{ marginTop: '1rem' }}>
          {selected.size > 0 && (
            <BulkEditor
              toolIds={[...selected]}
              current={byTool}
              onSaved={(n) => {
                setSaved(n);
                setSelected(new Set());
                list.reload();
                decisions.reload();
              }}
            />
          )}
          <AddTool />
        </div>
      )}
    </>
  );
}
