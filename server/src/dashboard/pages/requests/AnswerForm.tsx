import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Feedback';

interface AnswerFormProps {
  requestId: string;
  toolName: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Approve or deny with an optional note the requester sees in their browser. */
export function AnswerForm({ requestId, toolName, onDone, onCancel }: AnswerFormProps) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  async function answer(status: 'approved' | 'denied') {
    setBusy(true);
    setError(undefined);
    try {
      await api.admin.requests.answer.mutate({
        id: requestId,
        status,
        note: note.trim() === '' ? null : note.trim(),
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
    }
  }

  return (
    <div className="answer-form">
      <div className="field">
        <label htmlFor={id}>Note to the requester (optional)</label>
        <textarea id={id} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />
      </div>
      {error && <ErrorNotice error={error} title="Not saved" />}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void answer('approved')}>
          Approve {toolName}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void answer('denied')}>
          Deny
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
