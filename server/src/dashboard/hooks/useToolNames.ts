import { catalog } from '@lantern/shared';
import { useMemo } from 'react';
import { api } from '../api/client';
import { useAsync } from './useAsync';

const catalogNames = new Map(catalog.map((t) => [t.id, t.name]));

/** Tool id → display name: the shared catalog plus the organisation's own tools (few, loaded once). */
export function useToolNames(): (toolId: string) => string {
  const org = useAsync(() => api.admin.tools.list.query(), []);
  return useMemo(() => {
    const names = new Map(catalogNames);
    for (const t of org.data ?? []) names.set(t.id, t.name);
    return (toolId: string) => names.get(toolId) ?? toolId;
  }, [org.data]);
}
