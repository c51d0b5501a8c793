import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';

interface ReviewFormProps {
  report: { id: string; name: string; hostname: string | null };
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Accept (it becomes an organisation tool under review, in every browser) or dismiss (the reporters'
 * requests are denied with the note). Taking over a hostname the catalog knows needs its own tick.
 */
export function ReviewForm({ report, onDone, onCancel }: ReviewFormProps) {
  const trpc = useTRPC();
  const acceptMutation = useMutation(trpc.admin.reports.accept.mutationOptions());
  const dismissMutation = useMutation(trpc.admin.reports.dismiss.mutationOptions());
  const id = useId();
  const [name, setName] = useState(report.name);
  const [domain, setDomain] = useState(report.hostname ?? '');
  const [override, setOverride] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

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
  const accept = () =>
    acceptMutation.mutateAsync({
      id: report.id,
      name: name.trim(),
      domains: domain.trim() === '' ? [] : [domain.trim().toLowerCase()],
      overrideCatalog: override,
    });
  const dismiss = () =>
    dismissMutation.mutateAsync({ id: report.id, note: note.trim() === '' ? null : note.trim() });

  return (
    <div className="answer-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>Tool name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-domain`}>Hostname every browser will recognise (optional)</label>
        <input
          id={`${id}-domain`}
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          maxLength={253}
        />
      </div>
      <label>
        <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Take this
        hostname over from the catalog if it already names another tool
      </label>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the reporters if you dismiss it (optional)</label>
        <textarea
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={1000}
        />
      </div>
      {error && <ErrorNotice error={error} title="Not saved" />}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || name.trim() === ''}
          onClick={() => void run(accept)}
        >
          Accept into the organisation's tools
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void run(dismiss)}>
          Dismiss
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
