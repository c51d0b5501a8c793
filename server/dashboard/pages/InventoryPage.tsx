import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { TOOL_CATEGORIES } from '@lantern/shared';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { DataTable, nextSort, type SortState } from '../components/DataTable';
import { ExportLinks } from '../components/ExportLinks';
import { ErrorNotice } from '../components/Feedback';
import { SearchField, SelectField } from '../components/Fields';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { usePaging } from '../hooks/usePaging';
import { inventoryColumns } from './inventory/columns';
import { categoryLabel, SIGNAL_LABELS, STATUS_FILTERS } from './inventory/labels';

type Query = Parameters<typeof api.admin.inventory.tools.query>[0];
type Sort = NonNullable<Query['sort']>;

const SORTABLE = new Set<string>([
  'name',
  'status',
  'users',
  'users30d',
  'visits30d',
  'activeSeconds30d',
  'coverage',
  'lastSeenAt',
  'registrations',
  'pendingRequests',
]);

/** The AI system inventory: filters, sort and paging all run on the server. */
export function InventoryPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const sort: SortState = {
    key: query.get('sort') ?? 'users',
    dir: query.get('order') === 'asc' ? 'asc' : 'desc',
  };
  const search = query.get('q') ?? '';
  const status = query.get('status') ?? '';
  const category = query.get('category') ?? '';
  const signal = query.get('signal') ?? '';
  const flagged = query.get('flagged') ?? '';

  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.admin.inventory.tools.queryOptions({
      limit,
      offset,
      sort: (SORTABLE.has(sort.key) ? sort.key : 'users') as Sort,
      order: sort.dir,
      search: search || undefined,
      status: status ? [status as NonNullable<Query['status']>[number]] : undefined,
      category: category || undefined,
      signal: (signal || undefined) as Query['signal'],
      flagged: flagged === '' ? undefined : flagged === 'yes',
    }),
    placeholderData: keepPreviousData,
  });

  const columns = inventoryColumns();

  return (
    <>
      <PageHead
        title="Inventory"
        intro="Every AI tool seen in the organisation's browsers, registered, requested or decided on."
      />
      <div className="filters" role="search" aria-label="Filter tools">
        <SearchField
          label="Search"
          value={search}
          placeholder="Name, vendor or id"
          onSearch={(v) => update({ q: v || null })}
        />
        <SelectField
          label="Status"
          value={status}
          anyLabel="Any status"
          options={STATUS_FILTERS}
          onChange={(v) => update({ status: v || null })}
        />
        <SelectField
          label="Category"
          value={category}
          anyLabel="Any category"
          options={TOOL_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
          onChange={(v) => update({ category: v || null })}
        />
        <SelectField
          label="Signal"
          value={signal}
          anyLabel="Any signal"
          options={Object.entries(SIGNAL_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(v) => update({ signal: v || null })}
        />
        <SelectField
          label="Flags"
          value={flagged}
          anyLabel="Flagged or not"
          options={[
            { value: 'yes', label: 'Needs attention' },
            { value: 'no', label: 'No flags' },
          ]}
          onChange={(v) => update({ flagged: v || null })}
        />
      </div>
      <ExportLinks
        name="inventory"
        what="the tools in this view"
        note="Active, Visits and Time cover the last 30 days; Policy is the share who accepted the current version."
        view={{
          q: search,
          status,
          category,
          signal,
          flagged,
          sort: query.get('sort') ?? '',
          order: query.get('order') ?? '',
        }}
      />
      {list.error && <ErrorNotice error={list.error} />}
      <DataTable
        className="one-line"
        stickyHeader
        caption="AI tools in the inventory"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.toolId}
        sort={sort}
        onSort={(key) => {
          const next = nextSort(sort, key, key === 'name' ? 'asc' : 'desc');
          update({
            sort: next.key === 'users' ? null : next.key,
            order: next.dir === 'desc' ? null : next.dir,
          });
        }}
        loading={list.isFetching}
        empty="No tools match these filters."
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPage={setPage}
        label="Inventory pages"
      />
    </>
  );
}
