import type { api } from '../../api/client';
import { StatusBadge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { Flags } from '../../components/Flags';
import { fmtDate, fmtDuration, fmtNumber, fmtPercent } from '../../format';
import { href } from '../../location';
import { categoryLabel } from './labels';

export type InventoryRow = Awaited<ReturnType<typeof api.admin.inventory.tools.query>>['rows'][number];

/** Narrow enough for 1280 px: the vendor rides in the tool's tooltip, long text is cut with an ellipsis. */
export function inventoryColumns(): Column<InventoryRow>[] {
  const num = (
    key: Extract<keyof InventoryRow, string>,
    header: string,
    render: (r: InventoryRow) => string,
  ) => ({
    key,
    header,
    headerHint: key.endsWith('30d') ? ' (last 30 days)' : undefined,
    sortable: true,
    numeric: true,
    render,
  });
  return [
    {
      key: 'name',
      header: 'Tool',
      sortable: true,
      render: (r) => (
        <a className="cell-clip" href={href(['tools', r.toolId])} title={`${r.name} — ${r.vendor}`}>
          {r.name}
        </a>
      ),
    },
    {
      key: 'category',
      header: 'Category',
      render: (r) => (
        <span className="cell-clip narrow" title={categoryLabel(r.category)}>
          {categoryLabel(r.category)}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      sortable: true,
      render: (r) => <StatusBadge short status={r.status === 'undecided' ? null : r.status} />,
    },
    num('users', 'People', (r) => fmtNumber(r.users)),
    num('users30d', 'Active', (r) => fmtNumber(r.users30d)),
    num('visits30d', 'Visits', (r) => fmtNumber(r.visits30d)),
    num('activeSeconds30d', 'Time', (r) => fmtDuration(r.activeSeconds30d)),
    {
      ...num('coverage', 'Policy', (r) => fmtPercent(r.coverage)),
      headerHint: ' accepted (current version)',
    },
    { key: 'lastSeenAt', header: 'Last seen', sortable: true, render: (r) => fmtDate(r.lastSeenAt) },
    { key: 'flags', header: 'Flags', render: (r) => <Flags flags={r.flags} compact /> },
  ];
}
