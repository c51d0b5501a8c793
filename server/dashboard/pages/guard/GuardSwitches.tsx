import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';

interface Props {
  enabled: boolean;
  toolIds: string[];
  /** Tools with a decision: the guard compares with a decision's allowed data classes. */
  decided: Array<{ toolId: string; name: string; allowed: string[] }>;
  canWrite: boolean;
}

/** The organisation's switch and the guarded tools. Off by default; only an admin changes it. */
export function GuardSwitches({ enabled, toolIds, decided, canWrite }: Props) {
  const trpc = useTRPC();
  const updateMutation = useMutation(trpc.admin.guard.update.mutationOptions());
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  async function save(patch: { enabled?: boolean; toolIds?: string[] }, message: string) {
    setError(undefined);
    try {
      await updateMutation.mutateAsync(patch);
      setDone(message);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }
  const guarded = new Set(toolIds);
  return (
    <section className="card" aria-labelledby="guard-switches">
      <h2 id="guard-switches">Switches</h2>
      {error && <ErrorNotice error={error} title="Not changed" />}
      {done && <SuccessNotice>{done}</SuccessNotice>}
      <label className="checks">
        <input
          type="checkbox"
          checked={enabled}
          disabled={!canWrite}
          onChange={(e) =>
            void save(
              { enabled: e.target.checked },
              e.target.checked ? 'Data guard turned on.' : 'Data guard turned off.',
            )
          }
        />
        Data guard on for this organisation (browsers pick it up at their next pull)
      </label>
      <fieldset disabled={!canWrite || !enabled}>
        <legend>
          Guarded tools (a tool needs a decision: the guard compares with its allowed data classes)
        </legend>
        {decided.length === 0 && <p className="muted">No decisions yet.</p>}
        {decided.map((d) => (
          <label key={d.toolId} className="checks">
            <input
              type="checkbox"
              checked={guarded.has(d.toolId)}
              onChange={(e) => {
                const next = e.target.checked
                  ? [...guarded, d.toolId]
                  : [...guarded].filter((id) => id !== d.toolId);
                void save({ toolIds: next }, `${d.name}: data guard ${e.target.checked ? 'on' : 'off'}.`);
              }}
            />
            {d.name} — allows {d.allowed.length === 0 ? 'no data classes' : d.allowed.join(', ')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
