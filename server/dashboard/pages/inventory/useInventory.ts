import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { nextSort, type SortState } from '../../components/DataTable';
import { usePaging } from '../../hooks/usePaging';

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

/** The inventory's filters as they stand in the URL ('' for "any"). */
export interface InventoryFilters {
  search: string;
  status: string;
  category: string;
  signal: string;
  flagged: string;
}

/** Filters, sort and page from the URL, and the page of tools the server returns for them. */
export function useInventory() {
  const paging = usePaging();
  const { query, update, limit, offset } = paging;
  const sort: SortState = {
    key: query.get('sort') ?? 'users',
    dir: query.get('order') === 'asc' ? 'asc' : 'desc',
  };
  const filters: InventoryFilters = {
    search: query.get('q') ?? '',
    status: query.get('status') ?? '',
    category: query.get('category') ?? '',
    signal: query.get('signal') ?? '',
    flagged: query.get('flagged') ?? '',
  };
  const { search, status, category, signal, flagged } = filters;

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

  const onSort = (key: string) => {
    const next = nextSort(sort, key, key === 'name' ? 'asc' : 'desc');
    update({
      sort: next.key === 'users' ? null : next.key,
      order: next.dir === 'desc' ? null : next.dir,
    });
  };

  return { ...paging, filters, sort, onSort, list };
}
