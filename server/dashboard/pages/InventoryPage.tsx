import { DataTable } from '../components/DataTable';
import { ExportLinks } from '../components/ExportLinks';
import { ErrorNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { Pagination } from '../components/Pagination';
import { inventoryColumns } from './inventory/columns';
import { InventoryFilters } from './inventory/InventoryFilters';
import { useInventory } from './inventory/useInventory';

/** The AI system inventory: filters, sort and paging all run on the server. */
export function InventoryPage() {
  const { query, update, page, pageSize, setPage, filters, sort, onSort, list } = useInventory();
  const columns = inventoryColumns();

  return (
    <>
      <PageHead
        title="Inventory"
        intro="Every AI tool seen in the organisation's browsers, registered, requested or decided on."
      />
      <InventoryFilters filters={filters} update={update} />
      <ExportLinks
        name="inventory"
        what="the tools in this view"
        note="Active, Visits and Time cover the last 30 days; Policy is the share who accepted the current version."
        view={{
          q: filters.search,
          status: filters.status,
          category: filters.category,
          signal: filters.signal,
          flagged: filters.flagged,
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
        onSort={onSort}
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
