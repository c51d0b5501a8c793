import { useState } from 'react';

/** Tools ticked for the bulk editor. Kept across pages and filters, so one change can cover tools from several pages. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    selected,
    toggle: (id: string, on: boolean) =>
      setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id)))),
    add: (ids: readonly string[]) => setSelected(new Set([...selected, ...ids])),
    clear: () => setSelected(new Set()),
  };
}
