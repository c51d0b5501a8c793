import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';

/** The overview's four calls, one batch (the link batches calls made together). */
export function useOverview() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.admin.inventory.overview.queryOptions());
  const topQ = useQuery(
    trpc.admin.inventory.tools.queryOptions({ sort: 'users30d', order: 'desc', limit: 8 }),
  );
  const flaggedQ = useQuery(
    trpc.admin.inventory.tools.queryOptions({ flagged: true, sort: 'users', order: 'desc', limit: 6 }),
  );
  const bypassQ = useQuery(trpc.admin.inventory.bypassSummary.queryOptions({ days: 7 }));
  return {
    error: overview.error ?? topQ.error ?? flaggedQ.error ?? bypassQ.error,
    data: [overview.data, topQ.data, flaggedQ.data, bypassQ.data] as const,
  };
}

type Loaded<T> = NonNullable<T>;
type Data = ReturnType<typeof useOverview>['data'];
export type Overview = Loaded<Data[0]>;
export type ToolsPage = Loaded<Data[1]>;
export type BypassSummary = Loaded<Data[3]>;
