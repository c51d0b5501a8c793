import { useState } from 'react';
import { AnswerCell } from './AnswerCell';
import { requestColumns } from './columns';
import type { RequestStatus } from './types';
import type { useRequestSelection } from './useRequestSelection';

interface Options {
  canWrite: boolean;
  status: RequestStatus | 'all';
  selection: ReturnType<typeof useRequestSelection>;
  toolName: (id: string) => string;
}

/** The request table's columns, with the one answer form that may be open. */
export function useRequestColumns({ canWrite, status, selection, toolName }: Options) {
  const [answering, setAnswering] = useState<string | null>(null);
  return requestColumns({
    select: canWrite && status === 'pending' ? selection : undefined,
    toolName,
    answer: (r) => (
      <AnswerCell
        row={r}
        toolName={toolName(r.toolId)}
        canWrite={canWrite}
        answering={answering === r.id}
        onAnswer={() => setAnswering(r.id)}
        onDone={() => {
          setAnswering(null);
          selection.clear();
        }}
        onCancel={() => setAnswering(null)}
      />
    ),
  });
}
