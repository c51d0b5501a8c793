import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';

type Answer = 'approved' | 'denied';

/** "For everyone" from the queue: answers the tool's oldest request that way, which closes the rest. */
function useAnswerTool() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const answer = useMutation(trpc.admin.requests.answer.mutationOptions());
  return async (toolId: string, status: Answer) => {
    const oldest = await queryClient.fetchQuery(
      trpc.admin.requests.list.queryOptions({ status: 'pending', toolId, order: 'asc', limit: 1, offset: 0 }),
    );
    const first = oldest.rows[0];
    if (!first) return;
    await answer.mutateAsync({
      id: first.id,
      deviceId: first.deviceId,
      status,
      scope: 'everyone',
      note: null,
    });
  };
}

/** Answers one tool for everyone, one tool at a time, keeping the last failure to show. */
export function useQueueAnswer(onChanged: () => void) {
  const answerTool = useAnswerTool();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const act = async (toolId: string, status: Answer) => {
    setBusy(toolId);
    setError(undefined);
    try {
      await answerTool(toolId, status);
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
    setBusy(null);
  };
  return { busy, error, act };
}
