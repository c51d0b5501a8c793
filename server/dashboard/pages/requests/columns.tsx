import type { ReactNode } from 'react';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtRelative } from '../../format';
import { href } from '../../location';
import type { RequestRow } from './types';

interface Options {
  /** Present when requests can be ticked for a bulk answer. */
  select?: { isSelected: (r: RequestRow) => boolean; toggle: (r: RequestRow) => void };
  toolName: (id: string) => string;
  answer: (r: RequestRow) => ReactNode;
}

function selectColumn(
  { isSelected, toggle }: NonNullable<Options['select']>,
  toolName: (id: string) => string,
): Column<RequestRow> {
  return {
    key: 'select',
    header: 'Select',
    render: (r: RequestRow) => (
      <input
        type="checkbox"
        checked={isSelected(r)}
        onChange={() => toggle(r)}
        aria-label={`Select the request for ${toolName(r.toolId)} from ${r.person}`}
      />
    ),
  };
}

export function requestColumns({ select, toolName, answer }: Options): Column<RequestRow>[] {
  return [
    ...(select ? [selectColumn(select, toolName)] : []),
    { key: 'at', header: 'Asked', render: (r) => `${fmtDate(r.at)} (${fmtRelative(r.at)})` },
    {
      key: 'tool',
      header: 'Tool',
      render: (r) => <a href={href(['tools', r.toolId])}>{toolName(r.toolId)}</a>,
    },
    { key: 'person', header: 'Person', render: (r) => r.person },
    {
      key: 'kind',
      header: 'Kind',
      render: (r) => (r.kind === 'approval' ? 'Approval request' : 'Self-reported tool'),
    },
    { key: 'reason', header: 'Reason', render: (r) => r.reason },
    { key: 'status', header: 'Answer', render: answer },
  ];
}
