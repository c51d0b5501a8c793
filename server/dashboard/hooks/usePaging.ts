import { useQueryState } from '../location';

/** Page number from the URL (1-based) and the offset/limit the server wants. */
export function usePaging(pageSize = 50) {
  const [query, update] = useQueryState();
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  return {
    query,
    update,
    page,
    pageSize,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    setPage: (p: number) => update({ page: p > 1 ? p : null }),
  };
}
