import { useMutation, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@lantern/server/router';
import { useTRPC } from '../api/query';
import { Badge } from './Badges';
import type { Column } from './DataTable';
import { ErrorNotice } from './Feedback';
import { LocalTable } from './LocalTable';
import { fmtDate } from '../format';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../location';
import { useCanWrite } from '../session';

type Row = inferRouterOutputs<AppRouter>['admin']['exceptions']['list'][number];

const STATE_LABELS: Record<Row['state'], string> = {
  active: 'In force',
  expired: 'Ended',
  withdrawn: 'Withdrawn',
};

/**
 * Exceptions ("approved for you") on a tool's or a person's page: who holds one, until when,
 * granted by whom; an admin can withdraw one in force.
 */
export function Exceptions({ toolId, userId }: { toolId?: string; userId?: string }) {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.exceptions.list.queryOptions({ toolId, userId }));
  const toolName = useToolNames((list.data ?? []).map((r) => r.toolId));
  const revoke = useMutation(trpc.admin.exceptions.revoke.mutationOptions());
  const columns: Column<Row>[] = [
    userId === undefined
      ? { key: 'person', header: 'Person', render: (r) => <a href={href(['users', r.userId])}>{r.person}</a> }
      : {
          key: 'tool',
          header: 'Tool',
          render: (r) => <a href={href(['tools', r.toolId])}>{toolName(r.toolId)}</a>,
        },
    {
      key: 'until',
      header: 'Until',
      render: (r) => (r.until === null ? 'Until withdrawn' : fmtDate(r.until)),
    },
    {
      key: 'state',
      header: 'State',
      render: (r) => <Badge tone={r.state === 'active' ? 'neutral' : 'flag'}>{STATE_LABELS[r.state]}</Badge>,
    },
    { key: 'by', header: 'Granted', render: (r) => `${fmtDate(r.grantedAt)} by ${r.grantedBy}` },
    { key: 'note', header: 'Note', render: (r) => r.note ?? '—' },
    {
      key: 'act',
      header: '',
      render: (r) =>
        canWrite && r.state === 'active' ? (
          <button type="button" onClick={() => revoke.mutate({ id: r.id })}>
            Withdraw
          </button>
        ) : null,
    },
  ];
  return (
    <section aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">Approved for one person (exceptions)</h2>
      {list.error && <ErrorNotice error={list.error} />}
      {revoke.error && <ErrorNotice error={revoke.error} title="Not withdrawn" />}
      <LocalTable
        caption="Exceptions"
        columns={columns}
        rows={list.data ?? []}
        rowKey={(r) => r.id}
        empty="No exceptions."
      />
    </section>
  );
}
