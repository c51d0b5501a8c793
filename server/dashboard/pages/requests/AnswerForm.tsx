import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';

interface AnswerFormProps {
  requestId: string;
  toolName: string;
  /** Self-reports are decided on the Reported tools page: no "for everyone" here. */
  kind: 'approval' | 'self_report';
  onDone: () => void;
  onCancel: () => void;
}

type Choice = { status: 'approved' | 'denied'; scope: 'person' | 'everyone' };

/** The end of the chosen day in the admin's time zone; null without a date (until withdrawn). */
export function untilOf(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return new Date(`${day}T23:59:59`).getTime();
}

/**
 * Approve or deny, for this person or for everyone, with an optional note the requester sees in
 * their browser. "For this person" is an exception (until a date, or until withdrawn); "for
 * everyone" sets the tool's decision and answers its other pending requests the same way.
 */
export function AnswerForm({ requestId, toolName, kind, onDone, onCancel }: AnswerFormProps) {
  const trpc = useTRPC();
  const answerMutation = useMutation(trpc.admin.requests.answer.mutationOptions());
  const id = useId();
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  async function answer({ status, scope }: Choice) {
    setBusy(true);
    setError(undefined);
    try {
      await answerMutation.mutateAsync({
        id: requestId,
        status,
        scope,
        note: note.trim() === '' ? null : note.trim(),
        until: status === 'approved' && scope === 'person' ? untilOf(until) : null,
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
    }
  }

  const button = (label: string, choice: Choice, className = '') => (
    <button type="button" className={className} disabled={busy} onClick={() => void answer(choice)}>
      {label}
    </button>
  );
  return (
    <div className="answer-form">
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the requester (optional)</label>
        <textarea
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={1000}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-until`}>Approved for this person until (empty: until withdrawn)</label>
        <input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} title="Not saved" />}
      <div className="actions">
        {button(`Approve ${toolName} for this person`, { status: 'approved', scope: 'person' }, 'primary')}
        {kind === 'approval' && button('Approve for everyone', { status: 'approved', scope: 'everyone' })}
        {button('Deny', { status: 'denied', scope: 'person' }, 'danger')}
        {kind === 'approval' &&
          button('Prohibit for everyone', { status: 'denied', scope: 'everyone' }, 'danger')}
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
