import { useState } from 'react';
import type { RequestRow } from './types';

const keyOf = (r: RequestRow) => `${r.deviceId}:${r.id}`;

/** Pending requests ticked for one answer. A request id is only unique per device, hence the key. */
export function useRequestSelection() {
  const [selected, setSelected] = useState<Map<string, { id: string; deviceId: string }>>(new Map());
  return {
    selected: [...selected.values()],
    isSelected: (r: RequestRow) => selected.has(keyOf(r)),
    toggle: (r: RequestRow) =>
      setSelected((now) => {
        const next = new Map(now);
        const key = keyOf(r);
        if (next.has(key)) next.delete(key);
        else next.set(key, { id: r.id, deviceId: r.deviceId });
        return next;
      }),
    clear: () => setSelected(new Map()),
  };
}
