import { StatusBadge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtNumber } from '../../format';
import { href } from '../../location';
import { ENFORCEMENT_LABELS } from '../inventory/labels';
import type { ApprovedRow } from './useApprovedList';

/** The tick box that adds a tool to the selection the bulk editor works on. */
export function selectColumn(
  selected: ReadonlySet<string>,
  toggle: (id: string, on: boolean) => void,
): Column<ApprovedRow> {
  return {
    key: 'select',
    header: 'Select',
    render: (r: ApprovedRow) => (
      <input
        type="checkbox"
        checked={selected.has(r.toolId)}
        onChange={(e) => toggle(r.toolId, e.target.checked)}
        aria-label={`Select ${r.name}`}
      />
    ),
  };
}

/** Columns the server cannot sort by. */
const DETAIL_COLUMNS: Column<ApprovedRow>[] = [
  { key: 'cond', header: 'Conditions', render: (r) => r.decision?.conditions ?? '—' },
  {
    key: 'data',
    header: 'Allowed data',
    render: (r) => r.decision?.allowedDataClasses.join(', ') || '—',
  },
  { key: 'alt', header: 'Alternative', render: (r) => r.alternativeName ?? '—' },
  {
    key: 'workspace',
    header: 'Company workspace only',
    render: (r) =>
      r.decision?.companyWorkspace ? `since ${fmtDate(r.decision.companyWorkspace.since)}` : '—',
  },
  { key: 'users', header: 'People', numeric: true, render: (r) => fmtNumber(r.users) },
];

/** The decision columns; `sortable` is off for the undecided list, which the server does not sort. */
export function decisionColumns(sortable: boolean): Column<ApprovedRow>[] {
  return [
    {
      key: 'name',
      header: 'Tool',
      sortable,
      render: (r) => <a href={href(['tools', r.toolId])}>{r.name}</a>,
    },
    {
      key: 'status',
      header: 'Status',
      sortable,
      render: (r) => <StatusBadge status={r.decision?.status ?? null} />,
    },
    {
      key: 'enforcement',
      header: 'In the browser',
      sortable,
      render: (r) => (r.decision ? ENFORCEMENT_LABELS[r.decision.enforcement] : '—'),
    },
    ...DETAIL_COLUMNS,
    {
      key: 'decidedAt',
      header: 'Decided',
      sortable,
      render: (r) =>
        r.decision ? (
          <>
            {fmtDate(r.decision.decidedAt)}
            <div className="muted">{r.decision.decidedBy}</div>
          </>
        ) : (
          '—'
        ),
    },
  ];
}
