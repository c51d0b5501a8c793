import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_ENFORCEMENT,
  ENFORCEMENTS,
  TOOL_STATUSES,
  type Decision,
  type DecisionInput,
  type Enforcement,
  type ToolStatus,
} from '@lantern/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { STATUS_LABELS } from '../../components/Badges';
import { ErrorNotice } from '../../components/Feedback';
import { ENFORCEMENT_LABELS } from '../inventory/labels';

interface BulkEditorProps {
  /** Selected on any page of the list. */
  toolIds: readonly string[];
  onSaved: (count: number) => void;
}

const KEEP = '';
/** What one `decisions.setMany` takes. */
export const MAX_BULK = 500;

/**
 * The selected tools' decisions as they are now: what a bulk change keeps for the fields it does not
 * touch. Read when the change is applied, so an edit made meanwhile elsewhere is not undone.
 */
function useCurrentDecisions(): (toolIds: readonly string[]) => Promise<Map<string, Decision>> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (toolIds) => {
    // fetchQuery asks the server again: cached answers are stale at once (staleTime 0).
    const page = await queryClient.fetchQuery(
      trpc.admin.decisions.page.queryOptions({ toolIds: [...toolIds], limit: MAX_BULK }),
    );
    return new Map(page.rows.map(({ name: _n, alternativeName: _a, users: _u, ...d }) => [d.toolId, d]));
  };
}

/** One change for many tools, saved all-or-nothing (one config version, one audit record). */
export function BulkEditor({ toolIds, onSaved }: BulkEditorProps) {
  const trpc = useTRPC();
  const setManyMutation = useMutation(trpc.admin.decisions.setMany.mutationOptions());
  const currentDecisions = useCurrentDecisions();
  const ids = { h: useId(), status: useId(), enf: useId(), cond: useId() };
  const [status, setStatus] = useState<ToolStatus | typeof KEEP>(KEEP);
  const [enforcement, setEnforcement] = useState<Enforcement | typeof KEEP>(KEEP);
  const [conditions, setConditions] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const tooMany = toolIds.length > MAX_BULK;

  async function apply(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const current = await currentDecisions(toolIds);
      const decisions: DecisionInput[] = toolIds.map((toolId) => {
        const c = current.get(toolId);
        const nextStatus = status || c?.status || 'review';
        return {
          toolId,
          status: nextStatus,
          enforcement:
            enforcement ||
            (status ? DEFAULT_ENFORCEMENT[nextStatus] : (c?.enforcement ?? DEFAULT_ENFORCEMENT[nextStatus])),
          conditions: conditions === null ? (c?.conditions ?? null) : conditions.trim() || null,
          allowedDataClasses: c?.allowedDataClasses ?? [],
          alternativeToolId: c?.alternativeToolId ?? null,
        };
      });
      await setManyMutation.mutateAsync({ decisions });
      onSaved(decisions.length);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={apply} aria-labelledby={ids.h}>
      <h2 id={ids.h} style={{ marginTop: 0 }}>
        Change {toolIds.length} selected {toolIds.length === 1 ? 'tool' : 'tools'}
      </h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as ToolStatus)}>
            <option value={KEEP}>Keep each tool's status</option>
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
            value={enforcement}
            onChange={(e) => setEnforcement(e.target.value as Enforcement)}
          >
            <option value={KEEP}>{status ? 'Default for the status' : "Keep each tool's setting"}</option>
            {ENFORCEMENTS.map((m) => (
              <option key={m} value={m}>
                {ENFORCEMENT_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={ids.cond}>Conditions</label>
        <textarea
          id={ids.cond}
          rows={2}
          maxLength={2000}
          placeholder="Leave empty to keep each tool's conditions"
          value={conditions ?? ''}
          onChange={(e) => setConditions(e.target.value === '' ? null : e.target.value)}
        />
      </div>
      {tooMany && (
        <p className="notice notice-error" role="alert">
          One change can cover at most {MAX_BULK} tools. Clear the selection and pick fewer.
        </p>
      )}
      {error && <ErrorNotice error={error} title="Nothing was changed" />}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={
            busy ||
            tooMany ||
            toolIds.length === 0 ||
            (status === KEEP && enforcement === KEEP && conditions === null)
          }
        >
          {busy ? 'Saving…' : `Apply to ${toolIds.length} ${toolIds.length === 1 ? 'tool' : 'tools'}`}
        </button>
      </div>
    </form>
  );
}
