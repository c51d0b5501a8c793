import { nextSort } from '../../components/DataTable';
import { usePaging } from '../../hooks/usePaging';
import { sortFrom } from './useApprovedList';

/** Filters, sort and page of the approved-tool list, all kept in the URL. */
export function useApprovedQuery() {
  const paging = usePaging();
  const { query, update } = paging;
  const status = query.get('status') ?? '';
  const undecided = status === 'undecided';
  const sort = sortFrom(query);
  return {
    ...paging,
    status,
    undecided,
    enforcement: undecided ? '' : (query.get('enf') ?? ''),
    search: query.get('q') ?? '',
    sort,
    onSort: (key: string) => {
      const next = nextSort(sort, key, key === 'decidedAt' ? 'desc' : 'asc');
      update({
        sort: next.key === 'name' ? null : next.key,
        order: next.dir === 'asc' ? null : next.dir,
      });
    },
  };
}
