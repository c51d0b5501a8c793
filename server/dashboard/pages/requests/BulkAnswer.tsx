import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { untilOf } from './AnswerForm';

/**
 * One answer for the selected requests, each for its own requester: approvals become exceptions
 * (until the date, or until withdrawn). All or nothing.
 */
export function BulkAnswer({
  selected,
  onDone,
}: {
  selected: { id: string; deviceId: string }[];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const answerManyMutation = useMutation(trpc.admin.requests.answerMany.mutationOptions());
  const id = useId();
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  if (selected.length === 0) return null;
  const answer = async (status: 'approved' | 'denied') => {
    setBusy(true);
    setError(undefined);
    try {
      await answerManyMutation.mutateAsync({
        requests: selected,
        status,
        note: note.trim() === '' ? null : note.trim(),
        until: status === 'approved' ? untilOf(until) : null,
      });
      setNote('');
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
    setBusy(false);
  };
  return (
    <div className="answer-form bulk-answer" role="group" aria-label="Answer the selected requests">
      <p>
        <strong>{selected.length} selected</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to each requester (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-until`}>Approved until (empty: until withdrawn)</label>
        <input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} title="Not answered" />}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void answer('approved')}>
          Approve selected, each for that person
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void answer('denied')}>
          Deny selected
        </button>
      </div>
    </div>
  );
}
