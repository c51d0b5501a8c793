import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_ENFORCEMENT,
  type Decision,
  type DecisionInput,
  type Enforcement,
  type ToolStatus,
} from '@lantern/shared';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';

/** The value of a field the bulk change leaves as each tool has it. */
export const KEEP = '';
/** What one `decisions.setMany` takes. */
export const MAX_BULK = 500;

export interface BulkChange {
  status: ToolStatus | typeof KEEP;
  enforcement: Enforcement | typeof KEEP;
  /** null keeps each tool's conditions. */
  conditions: string | null;
}

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

/** Each tool's new decision: the fields the change sets, the rest as the tool has them now. */
function applyChange(toolId: string, c: Decision | undefined, change: BulkChange): DecisionInput {
  const { status, enforcement, conditions } = change;
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
}

/** The bulk editor's fields and the all-or-nothing save. */
export function useBulkChange(toolIds: readonly string[], onSaved: (count: number) => void) {
  const trpc = useTRPC();
  const setManyMutation = useMutation(trpc.admin.decisions.setMany.mutationOptions());
  const currentDecisions = useCurrentDecisions();
  const [change, setChange] = useState<BulkChange>({ status: KEEP, enforcement: KEEP, conditions: null });
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  async function apply(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const current = await currentDecisions(toolIds);
      const decisions = toolIds.map((toolId) => applyChange(toolId, current.get(toolId), change));
      await setManyMutation.mutateAsync({ decisions });
      onSaved(decisions.length);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  const update = (patch: Partial<BulkChange>) => setChange((c) => ({ ...c, ...patch }));
  return { change, update, apply, error, busy };
}
