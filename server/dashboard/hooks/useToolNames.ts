import { catalog } from '@lantern/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../api/query';

const catalogNames = new Map(catalog.map((t) => [t.id, t.name]));
/** As many ids as one `tools.get` call takes. */
const MAX_IDS = 500;

/**
 * Tool id → display name for the ids a page shows. Catalog names ship with the dashboard; only the
 * other ids (the organisation's own tools) are asked of the server, so no page loads every tool.
 * Unknown ids show as themselves.
 */
export function useToolNames(ids: Iterable<string>): (toolId: string) => string {
  const missing = [...new Set(ids)].filter((id) => !catalogNames.has(id)).sort();
  const key = missing.slice(0, MAX_IDS).join('\n');
  const trpc = useTRPC();
  const org = useQuery({
    ...trpc.admin.tools.get.queryOptions({ ids: key.split('\n') }),
    enabled: key !== '',
    // The names already known stay while the next page's are asked for.
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    const names = new Map((org.data ?? []).map((t) => [t.id, t.name]));
    return (toolId: string) => catalogNames.get(toolId) ?? names.get(toolId) ?? toolId;
  }, [org.data]);
}
