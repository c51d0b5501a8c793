import type { api } from '../../api/client';
import type { Column } from '../../components/DataTable';
import { fmtDateTime } from '../../format';
import { href } from '../../location';

export type BypassRow = Awaited<ReturnType<typeof api.admin.inventory.bypasses.query>>['rows'][number];

interface Options {
  /** Set on the person page: the Person column is left out. */
  userId?: string;
  /** Set on the tool page: the Tool column is left out. */
  toolId?: string;
  toolName: (id: string) => string;
}

export function bypassColumns({ userId, toolId, toolName }: Options): Column<BypassRow>[] {
  return [
    { key: 'at', header: 'When', render: (r) => <span className="nowrap">{fmtDateTime(r.at)}</span> },
    ...(userId
      ? []
      : [
          {
            key: 'person',
            header: 'Person',
            render: (r: BypassRow) => <a href={href(['users', r.userId])}>{r.person}</a>,
          },
        ]),
    ...(toolId
      ? []
      : [
          {
            key: 'tool',
            header: 'Tool',
            render: (r: BypassRow) => <a href={href(['tools', r.toolId])}>{toolName(r.toolId)}</a>,
          },
        ]),
    { key: 'reason', header: 'Reason given', render: (r) => <span className="reason-text">{r.reason}</span> },
  ];
}
