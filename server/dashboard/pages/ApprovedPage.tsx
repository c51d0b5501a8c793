import { useState } from 'react';
import { StatusBadge } from '../components/Badges';
import { DataTable, nextSort, type Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { SearchField, SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtDate, fmtNumber } from '../format';
import { usePaging } from '../hooks/usePaging';
import { href } from '../location';
import { useCanWrite } from '../session';
import { AddTool } from './approved/AddTool';
import { BulkEditor, MAX_BULK } from './approved/BulkEditor';
import { sortFrom, useApprovedList, type ApprovedRow } from './approved/useApprovedList';
import { ENFORCEMENT_LABELS, STATUS_FILTERS } from './inventory/labels';
import { PickupNote } from './tool/PickupNote';

const ENFORCEMENT_FILTERS = Object.entries(ENFORCEMENT_LABELS).map(([value, label]) => ({ value, label }));

/** The list every browser receives: decisions for many tools at once, paged by the server. */
export function ApprovedPage() {
  const canWrite = useCanWrite();
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const status = query.get('status') ?? '';
  const undecided = status === 'undecided';
  const enforcement = undecided ? '' : (query.get('enf') ?? '');
  const search = query.get('q') ?? '';
  const sort = sortFrom(query);
  // Kept across pages and filters, so one change can cover tools from several pages.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<{ count: number; at: number }>();
  const list = useApprovedList({ search, status, enforcement, sort, limit, offset });
  const rows = list.data?.rows ?? [];
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));
  const sortable = !undecided;

  const columns: Column<ApprovedRow>[] = [
    ...(canWrite
      ? [
          {
            key: 'select',
            header: 'Select',
            render: (r: ApprovedRow) => (
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
    {
      key: 'name',
      header: 'Tool',
      sortable,
      render: (r) => <a href={href(['tools', r.toolId])}>{r.name}</a>,
    },
    {
      key: 'status',
      header: 'Status',
      sortable,
      render: (r) => <StatusBadge status={r.decision?.status ?? null} />,
    },
    {
      key: 'enforcement',
      header: 'In the browser',
      sortable,
      render: (r) => (r.decision ? ENFORCEMENT_LABELS[r.decision.enforcement] : '—'),
    },
    { key: 'cond', header: 'Conditions', render: (r) => r.decision?.conditions ?? '—' },
    {
      key: 'data',
      header: 'Allowed data',
      render: (r) => r.decision?.allowedDataClasses.join(', ') || '—',
    },
    { key: 'alt', header: 'Alternative', render: (r) => r.alternativeName ?? '—' },
    {
      key: 'workspace',
      header: 'Company workspace only',
      render: (r) =>
        r.decision?.companyWorkspace ? `since ${fmtDate(r.decision.companyWorkspace.since)}` : '—',
    },
    { key: 'users', header: 'People', numeric: true, render: (r) => fmtNumber(r.users) },
    {
      key: 'decidedAt',
      header: 'Decided',
      sortable,
      render: (r) =>
        r.decision ? (
          <>
            {fmtDate(r.decision.decidedAt)}
            <div className="muted">{r.decision.decidedBy}</div>
          </>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHead
        title="Approved-tool list"
        intro="What every browser is told about each tool. Changes go out on the browsers' next check."
      />
      <p className="notice notice-info" role="note">
        <PickupNote />
      </p>
      {!canWrite && <ReadOnlyNote />}
      {saved !== undefined && <SuccessNotice>Saved {saved.count} decisions.</SuccessNotice>}
      <div className="filters" role="search" aria-label="Filter decisions">
        <SearchField
          label="Search"
          value={search}
          placeholder="Tool name or id"
          onSearch={(v) => update({ q: v || null })}
        />
        <SelectField
          label="Status"
          value={status}
          anyLabel="Every decided tool"
          options={STATUS_FILTERS}
          onChange={(v) => update({ status: v || null })}
        />
        <SelectField
          label="In the browser"
          value={enforcement}
          anyLabel="Any"
          options={ENFORCEMENT_FILTERS}
          onChange={(v) => update({ enf: v || null })}
          disabled={undecided}
        />
      </div>
      {canWrite && (
        <div className="filters" role="group" aria-label="Selection">
          <button
            type="button"
            onClick={() => setSelected(new Set([...selected, ...rows.map((r) => r.toolId)]))}
            disabled={rows.length === 0}
          >
            Select all on this page
          </button>
          {selected.size > 0 && (
            <button type="button" onClick={() => setSelected(new Set())}>
              Clear selection ({fmtNumber(selected.size)})
            </button>
          )}
          {selected.size > 0 && (
            <span className="muted" aria-live="polite">
              {fmtNumber(selected.size)} selected (up to {MAX_BULK} at once)
            </span>
          )}
        </div>
      )}
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        caption="Decisions per tool"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.toolId}
        sort={sortable ? sort : undefined}
        onSort={(key) => {
          const next = nextSort(sort, key, key === 'decidedAt' ? 'desc' : 'asc');
          update({
            sort: next.key === 'name' ? null : next.key,
            order: next.dir === 'asc' ? null : next.dir,
          });
        }}
        loading={list.isFetching}
        empty={search || status || enforcement ? 'No tools match these filters.' : 'No decisions yet.'}
      />
      {canWrite && selected.size > 0 && (
        // Docked to the bottom of the window: a selection made at the top of a long page can be
        // changed without scrolling past the list.
        <div className="bulk-dock">
          <BulkEditor
            toolIds={[...selected]}
            onSaved={(count) => {
              setSaved({ count, at: Date.now() });
              setSelected(new Set());
            }}
          />
        </div>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
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
