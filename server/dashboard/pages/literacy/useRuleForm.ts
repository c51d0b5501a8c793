import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';

/** The rule as typed: every field a string, empty meaning "any". */
export interface RuleDraft {
  moduleId: string;
  toolId: string;
  category: string;
  status: string;
  dataClass: string;
  annex: string;
  department: string;
  dueDays: string;
  renewalDays: string;
  mode: string;
}

export type SetRule = (patch: Partial<RuleDraft>) => void;

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The rule being typed and its save. */
export function useRuleForm(firstModule: string, onAdded: () => void) {
  const trpc = useTRPC();
  const addRuleMutation = useMutation(trpc.admin.literacy.addRule.mutationOptions());
  const [draft, setDraft] = useState<RuleDraft>({
    moduleId: firstModule,
    toolId: '',
    category: '',
    status: '',
    dataClass: '',
    annex: '',
    department: '',
    dueDays: '30',
    renewalDays: '365',
    mode: 'acknowledge',
  });
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const set: SetRule = (patch) => setDraft((d) => ({ ...d, ...patch }));

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await addRuleMutation.mutateAsync({
        moduleId: draft.moduleId,
        toolId: orNull(draft.toolId),
        toolCategory: orNull(draft.category) as never,
        decisionStatus: orNull(draft.status) as never,
        dataClass: orNull(draft.dataClass) as never,
        annexIII: draft.annex === 'yes' ? true : null,
        department: orNull(draft.department),
        dueDays: Number(draft.dueDays),
        renewalDays: draft.renewalDays.trim() === '' ? null : Number(draft.renewalDays),
        mode: draft.mode as 'acknowledge' | 'block',
      });
      onAdded();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return { draft, set, add, error, busy };
}
