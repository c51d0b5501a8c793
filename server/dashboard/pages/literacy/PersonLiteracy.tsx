import { useQuery } from '@tanstack/react-query';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import type { Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/Feedback';
import { LocalTable } from '../../components/LocalTable';
import { fmtDate } from '../../format';

type Row = Awaited<ReturnType<typeof api.admin.literacy.person.query>>[number];

/** The person page's AI literacy section: the modules their tools require and where each stands. */
export function PersonLiteracy({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.literacy.person.queryOptions({ userId }));
  const columns: Column<Row>[] = [
    { key: 'module', header: 'Module', render: (r) => r.moduleId },
    { key: 'status', header: 'Status', render: (r) => r.status },
    { key: 'tools', header: 'For tools', render: (r) => r.toolIds.join(', ') },
    {
      key: 'done',
      header: 'Completed',
      render: (r) => (r.completion ? `v${r.completion.version}, ${fmtDate(r.completion.at)}` : '—'),
    },
    { key: 'due', header: 'Due', render: (r) => (r.dueAt === null ? '—' : fmtDate(r.dueAt)) },
    { key: 'mode', header: 'When overdue', render: (r) => (r.mode === 'block' ? 'blocks' : 'offered') },
  ];
  return (
    <>
      <h2>AI literacy</h2>
      {list.error && <ErrorNotice error={list.error} />}
      <LocalTable
        caption="AI literacy modules"
        columns={columns}
        rows={list.data ?? []}
        rowKey={(r) => r.moduleId}
        empty="No module required."
      />
    </>
  );
}
