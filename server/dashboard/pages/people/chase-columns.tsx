import type { api } from '../../api/client';
import { AssuranceBadge } from '../../components/AssuranceBadge';
import { Badge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { fmtNumber } from '../../format';
import { href } from '../../location';

export type ChaseRow = Awaited<ReturnType<typeof api.admin.directory.chase.query>>['rows'][number];

/** Who still owes what: acceptance, a browser, or data within what is allowed. */
export const CHASE_COLUMNS: Column<ChaseRow>[] = [
  {
    key: 'person',
    header: 'Person',
    render: (r) => (r.userId ? <a href={href(['users', r.userId])}>{r.person}</a> : r.person),
  },
  { key: 'department', header: 'Department', render: (r) => r.department ?? '' },
  { key: 'identity', header: 'Identity', render: (r) => <AssuranceBadge assurance={r.assurance} /> },
  { key: 'browsers', header: 'Browsers', numeric: true, render: (r) => fmtNumber(r.browsers) },
  {
    key: 'policy',
    header: 'Current policy',
    render: (r) =>
      r.acceptedCurrentPolicy ? (
        'Accepted'
      ) : (
        <Badge tone="flag">{r.everAccepted ? 'Not accepted' : 'Never accepted'}</Badge>
      ),
  },
  {
    key: 'data',
    header: 'Data',
    render: (r) => (r.dataBeyondAllowed ? <Badge tone="flag">Beyond what is allowed</Badge> : ''),
  },
];
