import { useMutation } from '@tanstack/react-query';
import type { ToolOverride } from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';

const splitHosts = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');

interface Props {
  toolId: string;
  current: ToolOverride | null;
}

/** Rename a catalog tool, change its hostnames, retire it or mark it "not AI for us" (audited). */
export function OverrideEditor({ toolId, current }: Props) {
  const trpc = useTRPC();
  const setOverrideMutation = useMutation(trpc.admin.catalog.setOverride.mutationOptions());
  const removeOverrideMutation = useMutation(trpc.admin.catalog.removeOverride.mutationOptions());
  const ids = { h: useId(), name: useId(), add: useId(), remove: useId(), note: useId() };
  const [name, setName] = useState(current?.name ?? '');
  const [add, setAdd] = useState(current?.addDomains.join(', ') ?? '');
  const [remove, setRemove] = useState(current?.removeDomains.join(', ') ?? '');
  const [retired, setRetired] = useState(current?.retired ?? false);
  const [notAi, setNotAi] = useState(current?.notAi ?? false);
  const [note, setNote] = useState(current?.note ?? '');
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();

  async function run(action: () => Promise<unknown>, message: string) {
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(message);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        setOverrideMutation.mutateAsync({
          toolId,
          name: name.trim() || null,
          addDomains: splitHosts(add),
          removeDomains: splitHosts(remove),
          retired,
          notAi,
          note: note.trim() || null,
        }),
      'Override saved: browsers apply it at their next pull.',
    );
  };

  return (
    <form className="card" onSubmit={save} aria-labelledby={ids.h}>
      <h3 id={ids.h}>Override for this organisation</h3>
      <div className="field">
        <label htmlFor={ids.name}>Name (empty: the catalog's)</label>
        <input id={ids.name} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.add}>Add hostnames</label>
        <input
          id={ids.add}
          value={add}
          placeholder="ai.intranet.example"
          onChange={(e) => setAdd(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.remove}>Stop matching hostnames</label>
        <input id={ids.remove} value={remove} onChange={(e) => setRemove(e.target.value)} />
      </div>
      <div className="checks">
        <label>
          <input type="checkbox" checked={retired} onChange={(e) => setRetired(e.target.checked)} /> Retired
        </label>
        <label>
          <input type="checkbox" checked={notAi} onChange={(e) => setNotAi(e.target.checked)} /> Not AI for us
        </label>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Reason</label>
        <input id={ids.note} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} />}
      {done && <SuccessNotice>{done}</SuccessNotice>}
      <div className="actions">
        <button type="submit" className="primary">
          Save override
        </button>
        {current && (
          <button
            type="button"
            onClick={() =>
              void run(() => removeOverrideMutation.mutateAsync({ toolId }), 'Override removed.')
            }
          >
            Remove override
          </button>
        )}
      </div>
    </form>
  );
}
