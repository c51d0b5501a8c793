import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { useToolNames } from '../../hooks/useToolNames';
import { useCanWrite } from '../../session';
import { queueColumns } from './queue-columns';
import { useQueueAnswer } from './useQueueAnswer';

/**
 * The queue: pending approval requests grouped by tool, the longest-waiting first, with how many
 * people ask. From a row: show its requests, decide the tool, or answer everyone at once.
 */
export function RequestQueue({
  onShow,
  onChanged,
}: {
  onShow: (toolId: string) => void;
  /** After a tool was answered for everyone (the page's selection is then out of date). */
  onChanged: () => void;
}) {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const queue = useQuery(trpc.admin.requests.queue.queryOptions());
  const toolName = useToolNames((queue.data ?? []).map((r) => r.toolId));
  const { busy, error, act } = useQueueAnswer(onChanged);
  const columns = queueColumns({
    toolName,
    onShow,
    act: canWrite ? (toolId, status) => void act(toolId, status) : undefined,
    busy: busy !== null,
  });
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">Waiting, by tool</h2>
      {queue.error && <ErrorNotice error={queue.error} />}
      {error && <ErrorNotice error={error} title="Not answered" />}
      <DataTable
        caption="Pending requests by tool"
        columns={columns}
        rows={queue.data ?? []}
        rowKey={(r) => r.toolId}
        loading={queue.isFetching}
        empty="Nobody is waiting for an answer."
      />
    </section>
  );
}
