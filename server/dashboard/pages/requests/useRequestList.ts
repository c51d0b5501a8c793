import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';
import type { RequestStatus } from './types';

interface Filters {
  status: RequestStatus | 'all';
  tool: string | undefined;
  limit: number;
  offset: number;
}

/** One page of requests; the previous page stays on screen while the next one loads. */
export function useRequestList({ status, tool, limit, offset }: Filters) {
  const trpc = useTRPC();
  // Pending requests are a queue: the longest-waiting first.
  const order = status === 'pending' ? 'asc' : 'desc';
  return useQuery({
    ...trpc.admin.requests.list.queryOptions({
      status: status === 'all' ? undefined : status,
      toolId: tool,
      order,
      limit,
      offset,
    }),
    placeholderData: keepPreviousData,
  });
}
