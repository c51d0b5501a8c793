import { useId } from 'react';
import { ErrorNotice } from '../../components/Feedback';
import { useBulkAnswer } from './useBulkAnswer';

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
  const id = useId();
  const { note, setNote, until, setUntil, busy, error, answer } = useBulkAnswer(selected, onDone);
  if (selected.length === 0) return null;
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
