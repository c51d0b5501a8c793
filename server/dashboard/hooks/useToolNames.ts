import { catalog } from '@lantern/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../api/query';

const compiledNames = new Map(catalog.map((t) => [t.id, t.name]));
/** As many ids as one `tools.get` call takes. */
const MAX_IDS = 500;

/**
 * Tool id → display name for the ids a page shows, as the server names them: the organisation's
 * tools, and catalog tools from the catalog release in use with the organisation's renames applied
 * (the catalog compiled into this dashboard may be older than the server's, and knows no renames).
 * One call per page for its ids, not every tool; until it answers, and for ids it does not know, the
 * compiled catalog's name stands in; an id nobody knows shows as itself.
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
    return (toolId: string) => names.get(toolId) ?? compiledNames.get(toolId) ?? toolId;
  }, [server.data]);
}
