import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorNotice } from '../components/Feedback';
import { SearchField, SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { fmtDate, fmtNumber } from '../format';
import { usePaging } from '../hooks/usePaging';
import { href } from '../location';
import { CHASE_OPTIONS, ChaseList, exportHref } from './people/ChaseList';
import { DirectorySection } from './people/DirectorySection';

type Row = Awaited<ReturnType<typeof api.admin.inventory.users.query>>['rows'][number];

/** People who used or registered AI tools; in pseudonymous mode they appear as codes. */
export function UsersPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const search = query.get('q') ?? '';
  const show = query.get('show') ?? '';
  const department = query.get('department') ?? '';
  const chasing = show !== '' || department !== '';
  const trpc = useTRPC();
  const departments = useQuery({
    ...trpc.admin.directory.list.queryOptions({ limit: 1 }),
    placeholderData: keepPreviousData,
  });
  const list = useQuery({
    ...trpc.admin.inventory.users.queryOptions({ search: search || undefined, limit, offset }),
    placeholderData: keepPreviousData,
  });

  const columns: Column<Row>[] = [
    { key: 'person', header: 'Person', render: (r) => <a href={href(['users', r.userId])}>{r.person}</a> },
    { key: 'tools', header: 'AI tools', numeric: true, render: (r) => fmtNumber(r.tools) },
    {
      key: 'registrations',
      header: 'Registrations',
      numeric: true,
      render: (r) => fmtNumber(r.registrations),
    },
    { key: 'devices', header: 'Browsers', numeric: true, render: (r) => fmtNumber(r.devices) },
    { key: 'seen', header: 'Last AI use', render: (r) => fmtDate(r.lastSeenAt) },
    {
      key: 'policy',
      header: 'Current policy',
      render: (r) => (r.acceptedCurrentPolicy ? 'Accepted' : <Badge tone="flag">Not accepted</Badge>),
    },
  ];

  return (
    <>
      <PageHead
        title="People"
        intro="Everyone who used or registered an AI tool, with their acceptance of the current policy."
      />
      <div className="filters" role="search" aria-label="Find people">
        {!chasing && (
          <SearchField label="Search by email" value={search} onSearch={(v) => update({ q: v || null })} />
        )}
        <SelectField
          label="Show"
          value={show}
          options={CHASE_OPTIONS}
          anyLabel="Everyone using AI tools"
          onChange={(v) => update({ show: v || null, q: null, page: null })}
        />
        <SelectField
          label="Department"
          value={department}
          options={(departments.data?.departments ?? []).map((d) => ({ value: d, label: d }))}
          anyLabel="All departments"
          onChange={(v) => update({ department: v || null, q: null, page: null })}
        />
        {chasing && (
          <a className="button" href={exportHref(show || 'all', department)} download>
            Export this view (CSV)
          </a>
        )}
      </div>
      {chasing ? (
        <ChaseList
          filter={(show || 'all') as Parameters<typeof ChaseList>[0]['filter']}
          department={department}
          page={page}
          pageSize={pageSize}
          onPage={setPage}
        />
      ) : (
        <>
          {list.error && <ErrorNotice error={list.error} />}
          <DataTable
            caption="People using AI tools"
            columns={columns}
            rows={list.data?.rows ?? []}
            rowKey={(r) => r.userId}
            loading={list.isFetching}
            empty="Nobody matches."
          />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={list.data?.total ?? 0}
            onPage={setPage}
            label="People pages"
          />
        </>
      )}
      <DirectorySection />
    </>
  );
}
