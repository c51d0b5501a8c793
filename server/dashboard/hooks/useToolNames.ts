import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../api/query';

/** As many ids as one `tools.get` call takes. */
const MAX_IDS = 500;

/**
 * Tool id → display name for the ids a page shows, as the server names them: the organisation's
 * tools, and catalog tools from the catalog release in use with the organisation's renames applied
 * (the dashboard carries no copy of the catalog: the server's may be newer than any build). One call
 * per page for its ids, not every tool; until it answers, and for an id nobody knows, the id shows.
 */
export function useToolNames(ids: Iterable<string>): (toolId: string) => string {
  const key = [...new Set(ids)].sort().slice(0, MAX_IDS).join('\n');
  const trpc = useTRPC();
  const server = useQuery({
    ...trpc.admin.tools.get.queryOptions({ ids: key.split('\n') }),
    enabled: key !== '',
    // The names already known stay while the next page's are asked for.
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    const names = new Map((server.data ?? []).map((t) => [t.id, t.name]));
    return (toolId: string) => names.get(toolId) ?? toolId;
  }, [server.data]);
}
