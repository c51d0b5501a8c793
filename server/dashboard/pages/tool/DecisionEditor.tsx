import { useMutation } from '@tanstack/react-query';
import {
  DATA_CLASSES,
  DEFAULT_ENFORCEMENT,
  ENFORCEMENTS,
  TOOL_STATUSES,
  type Decision,
  type DecisionInput,
  type ToolStatus,
} from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { STATUS_LABELS } from '../../components/Badges';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { ENFORCEMENT_LABELS } from '../inventory/labels';
import { AlternativePicker } from './AlternativePicker';
import { PickupNote } from './PickupNote';
import { WorkspaceFields, workspaceDraftOf, workspaceInput } from './WorkspaceFields';

const DATA_LABELS: Record<string, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data',
  'special-category': 'Special-category data',
};

interface DecisionEditorProps {
  toolId: string;
  toolName: string;
  current: Decision | null;
}

/** The organisation's decision for one tool: what the browser does there and what is allowed. */
export function DecisionEditor({ toolId, toolName, current }: DecisionEditorProps) {
  const trpc = useTRPC();
  const setMutation = useMutation(trpc.admin.decisions.set.mutationOptions());
  const ids = { h: useId(), status: useId(), enf: useId(), cond: useId() };
  const [draft, setDraft] = useState<DecisionInput>(
    current ?? {
      toolId,
      status: 'review',
      enforcement: DEFAULT_ENFORCEMENT.review,
      conditions: null,
      allowedDataClasses: [],
      alternativeToolId: null,
    },
  );
  const [workspace, setWorkspace] = useState(workspaceDraftOf(current?.companyWorkspace));
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState<Decision>();
  const [busy, setBusy] = useState(false);

  const setStatus = (status: ToolStatus) =>
    setDraft({ ...draft, status, enforcement: DEFAULT_ENFORCEMENT[status] });

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const conditions = draft.conditions?.trim() ? draft.conditions.trim() : null;
      // Only the input fields: the current decision also carries who decided and when.
      const { toolId: id, status, enforcement, allowedDataClasses, alternativeToolId } = draft;
      const decision = await setMutation.mutateAsync({
        toolId: id,
        status,
        enforcement,
        conditions,
        allowedDataClasses,
        alternativeToolId,
        companyWorkspace: workspaceInput(workspace),
      });
      setSaved(decision);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={save} aria-labelledby={ids.h}>
      <h2 id={ids.h}>Decision for {toolName}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={draft.status}
            onChange={(e) => setStatus(e.target.value as ToolStatus)}
          >
            {TOOL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.enf}>What the browser does</label>
          <select
            id={ids.enf}
            value={draft.enforcement}
            onChange={(e) =>
              setDraft({ ...draft, enforcement: e.target.value as DecisionInput['enforcement'] })
            }
          >
            {ENFORCEMENTS.map((m) => (
              <option key={m} value={m}>
                {ENFORCEMENT_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <AlternativePicker
          toolId={toolId}
          value={draft.alternativeToolId}
          onChange={(alternativeToolId) => setDraft({ ...draft, alternativeToolId })}
        />
      </div>
      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Data people may put in</legend>
        <div className="checks">
          {DATA_CLASSES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={draft.allowedDataClasses.includes(c)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    allowedDataClasses: e.target.checked
                      ? DATA_CLASSES.filter((x) => x === c || draft.allowedDataClasses.includes(x))
                      : draft.allowedDataClasses.filter((x) => x !== c),
                  })
                }
              />
              {DATA_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={ids.cond}>Conditions (shown to employees, who accept them)</label>
        <textarea
          id={ids.cond}
          value={draft.conditions ?? ''}
          onChange={(e) => setDraft({ ...draft, conditions: e.target.value })}
          maxLength={2000}
          rows={3}
        />
      </div>
      <WorkspaceFields
        toolId={toolId}
        toolName={toolName}
        current={current?.companyWorkspace}
        draft={workspace}
        onChange={setWorkspace}
      />
      {error && <ErrorNotice error={error} title="Decision not saved" />}
      {saved && (
        <SuccessNotice>
          Saved: {toolName} is now “{STATUS_LABELS[saved.status]}”. <PickupNote />
        </SuccessNotice>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save decision'}
        </button>
      </div>
    </form>
  );
}
