import { useMutation } from '@tanstack/react-query';
import { DEFAULT_ENFORCEMENT, type Decision, type DecisionInput, type ToolStatus } from '@lantern/shared';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import { workspaceDraftOf, workspaceInput } from './WorkspaceFields';

/** The decision being edited (a review decision when there is none yet), and its save. */
export function useDecisionForm(toolId: string, current: Decision | null) {
  const trpc = useTRPC();
  const setMutation = useMutation(trpc.admin.decisions.set.mutationOptions());
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

  return { draft, setDraft, setStatus, workspace, setWorkspace, error, saved, busy, save };
}
