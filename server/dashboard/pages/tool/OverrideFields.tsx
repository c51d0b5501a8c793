import { useId } from 'react';
import type { OverrideDraft } from './useOverrideForm';

/** Name, hostnames to add and to stop matching, retired / not AI, and the reason. */
export function OverrideFields({
  draft,
  set,
}: {
  draft: OverrideDraft;
  set: (p: Partial<OverrideDraft>) => void;
}) {
  const ids = { name: useId(), add: useId(), remove: useId(), note: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.name}>Name (empty: the catalog's)</label>
        <input
          id={ids.name}
          value={draft.name}
          maxLength={120}
          onChange={(e) => set({ name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.add}>Add hostnames</label>
        <input
          id={ids.add}
          value={draft.add}
          placeholder="ai.intranet.example"
          onChange={(e) => set({ add: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.remove}>Stop matching hostnames</label>
        <input id={ids.remove} value={draft.remove} onChange={(e) => set({ remove: e.target.value })} />
      </div>
      <div className="checks">
        <label>
          <input
            type="checkbox"
            checked={draft.retired}
            onChange={(e) => set({ retired: e.target.checked })}
          />{' '}
          Retired
        </label>
        <label>
          <input type="checkbox" checked={draft.notAi} onChange={(e) => set({ notAi: e.target.checked })} />{' '}
          Not AI for us
        </label>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Reason</label>
        <input
          id={ids.note}
          value={draft.note}
          maxLength={1000}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
    </>
  );
}
