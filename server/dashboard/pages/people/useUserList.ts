import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';

/** Everyone using AI tools, searched by email and paged by the server. */
export function useUserList(search: string, limit: number, offset: number) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.admin.inventory.users.queryOptions({ search: search || undefined, limit, offset }),
    placeholderData: keepPreviousData,
  });
}
