import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';

/** The policy text being written (from the current version, if any) and its publication after a confirm. */
export function usePublishPolicy(
  initial: { title: string; body: string } | null,
  onPublished: (version: number) => void,
) {
  const trpc = useTRPC();
  const publishMutation = useMutation(trpc.admin.policies.publish.mutationOptions());
  const [title, setTitle] = useState(initial?.title ?? 'AI use policy');
  const [body, setBody] = useState(initial?.body ?? '# AI use policy\n\n');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  async function publish(e: FormEvent) {
    e.preventDefault();
    if (!window.confirm('Publish this as a new version? Every browser will ask its user to accept it.'))
      return;
    setBusy(true);
    setError(undefined);
    try {
      const p = await publishMutation.mutateAsync({
        title: title.trim(),
        body,
        changeSummary: summary.trim() === '' ? null : summary.trim(),
      });
      setSummary('');
      onPublished(p.version);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return { title, setTitle, body, setBody, summary, setSummary, busy, error, publish };
}
