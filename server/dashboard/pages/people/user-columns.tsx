import type { api } from '../../api/client';
import { Badge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtNumber } from '../../format';
import { href } from '../../location';

export type UserRow = Awaited<ReturnType<typeof api.admin.inventory.users.query>>['rows'][number];

export const USER_COLUMNS: Column<UserRow>[] = [
  { key: 'person', header: 'Person', render: (r) => <a href={href(['users', r.userId])}>{r.person}</a> },
  { key: 'tools', header: 'AI tools', numeric: true, render: (r) => fmtNumber(r.tools) },
  {
    key: 'registrations',
    header: 'Registrations',
    numeric: true,
    render: (r) => fmtNumber(r.registrations),
  },
  { key: 'devices', header: 'Browsers', numeric: true, render: (r) => fmtNumber(r.devices) },
  { key: 'seen', header: 'Last AI use', render: (r) => fmtDate(r.lastSeenAt) },
  {
    key: 'policy',
    header: 'Current policy',
    render: (r) => (r.acceptedCurrentPolicy ? 'Accepted' : <Badge tone="flag">Not accepted</Badge>),
  },
];
