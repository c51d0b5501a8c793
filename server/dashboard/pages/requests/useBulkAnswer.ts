import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';
import { untilOf } from './AnswerForm';

/** The bulk answer's note and date, and the all-or-nothing save. */
export function useBulkAnswer(selected: { id: string; deviceId: string }[], onDone: () => void) {
  const trpc = useTRPC();
  const answerManyMutation = useMutation(trpc.admin.requests.answerMany.mutationOptions());
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
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
  return { note, setNote, until, setUntil, busy, error, answer };
}
