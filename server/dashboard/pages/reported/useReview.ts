import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';

export interface ReviewDraft {
  name: string;
  domain: string;
  /** Take the hostname over from the catalog. */
  override: boolean;
  note: string;
}

/** The review being typed, and accepting or dismissing the report with it. */
export function useReview(report: { id: string; name: string; hostname: string | null }, onDone: () => void) {
  const trpc = useTRPC();
  const acceptMutation = useMutation(trpc.admin.reports.accept.mutationOptions());
  const dismissMutation = useMutation(trpc.admin.reports.dismiss.mutationOptions());
  const [draft, setDraft] = useState<ReviewDraft>({
    name: report.name,
    domain: report.hostname ?? '',
    override: false,
    note: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const set = (patch: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
    }
  }
  const { name, domain, override, note } = draft;
  const accept = () =>
    run(() =>
      acceptMutation.mutateAsync({
        id: report.id,
        name: name.trim(),
        domains: domain.trim() === '' ? [] : [domain.trim().toLowerCase()],
        overrideCatalog: override,
      }),
    );
  const dismiss = () =>
    run(() => dismissMutation.mutateAsync({ id: report.id, note: note.trim() === '' ? null : note.trim() }));

  return { draft, set, busy, error, accept, dismiss };
}
