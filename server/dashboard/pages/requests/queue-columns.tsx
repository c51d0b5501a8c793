import type { api } from '../../api/client';
import { StatusBadge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { fmtNumber, fmtRelative } from '../../format';
import { href } from '../../location';

export type QueueRow = Awaited<ReturnType<typeof api.admin.requests.queue.query>>[number];

interface Options {
  toolName: (id: string) => string;
  onShow: (toolId: string) => void;
  /** Present for writers: answers the tool for everyone. */
  act?: (toolId: string, status: 'approved' | 'denied') => void;
  /** A tool is being answered; every answer button waits. */
  busy: boolean;
}

function QueueActions({
  toolId,
  name,
  onShow,
  act,
  busy,
}: Omit<Options, 'toolName'> & { toolId: string; name: string }) {
  return (
    <div className="actions">
      <button type="button" onClick={() => onShow(toolId)}>
        Show requests
      </button>
      <a className="button" href={href(['tools', toolId])}>
        Decide this tool
      </a>
      {act && (
        <>
          <button
            type="button"
            disabled={busy}
            onClick={() => act(toolId, 'approved')}
            aria-label={`Approve ${name} for everyone`}
          >
            Approve for everyone
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => act(toolId, 'denied')}
            aria-label={`Prohibit ${name} for everyone`}
          >
            Prohibit for everyone
          </button>
        </>
      )}
    </div>
  );
}

export function queueColumns({ toolName, ...actions }: Options): Column<QueueRow>[] {
  return [
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
      render: (r) => <QueueActions toolId={r.toolId} name={toolName(r.toolId)} {...actions} />,
    },
  ];
}
