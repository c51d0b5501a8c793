import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { StatusBadge } from '../../components/Badges';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { fmtNumber, fmtRelative } from '../../format';
import { useToolNames } from '../../hooks/useToolNames';
import { href } from '../../location';
import { useCanWrite } from '../../session';

type Row = Awaited<ReturnType<typeof api.admin.requests.queue.query>>[number];

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
  const queryClient = useQueryClient();
  const queue = useQuery(trpc.admin.requests.queue.queryOptions());
  const answer = useMutation(trpc.admin.requests.answer.mutationOptions());
  /** "For everyone" from the queue: answers the tool's oldest request that way, which closes the rest. */
  const answerTool = async (toolId: string, status: 'approved' | 'denied') => {
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
  const toolName = useToolNames((queue.data ?? []).map((r) => r.toolId));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const act = async (toolId: string, status: 'approved' | 'denied') => {
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
  const columns: Column<Row>[] = [
    {
      key: 'tool',
      header: 'Tool',
      render: (r) => <a href={href(['tools', r.toolId])}>{toolName(r.toolId)}</a>,
    },
    { key: 'decision', header: 'Decision', render: (r) => <StatusBadge status={r.decision} /> },
    {
      key: 'pending',
      header: 'Waiting',
      render: (r) =>
        `${fmtNumber(r.pending)} from ${fmtNumber(r.people)} ${r.people === 1 ? 'person' : 'people'}`,
    },
    { key: 'oldest', header: 'Oldest', render: (r) => fmtRelative(r.oldestAt) },
    {
      key: 'act',
      header: 'Actions',
      render: (r) => (
        <div className="actions">
          <button type="button" onClick={() => onShow(r.toolId)}>
            Show requests
          </button>
          <a className="button" href={href(['tools', r.toolId])}>
            Decide this tool
          </a>
          {canWrite && (
            <>
              <button
                type="button"
                disabled={busy !== null}
                onClick={() => void act(r.toolId, 'approved')}
                aria-label={`Approve ${toolName(r.toolId)} for everyone`}
              >
                Approve for everyone
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy !== null}
                onClick={() => void act(r.toolId, 'denied')}
                aria-label={`Prohibit ${toolName(r.toolId)} for everyone`}
              >
                Prohibit for everyone
              </button>
            </>
          )}
        </div>
      ),
    },
  ];
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
