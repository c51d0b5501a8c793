import { PURPOSES, type PurposeCategory } from '@lantern/shared';
import { DataClassesCell } from '../../components/DataBeyondMark';
import { Badge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { LocalTable } from '../../components/LocalTable';
import { fmtDate } from '../../format';
import { href } from '../../location';
import type { ToolDetail } from './types';

type Person = ToolDetail['people'][number];
type Registration = ToolDetail['registrations'][number];

const purposeLabel = (p: string | null) => (p ? (PURPOSES[p as PurposeCategory]?.label ?? p) : '—');
const annex = (p: string | null) => (p ? (PURPOSES[p as PurposeCategory]?.annexIII ?? null) : null);

const PEOPLE_COLUMNS: Column<Person>[] = [
  { key: 'person', header: 'Person', render: (p) => <a href={href(['users', p.userId])}>{p.person}</a> },
  { key: 'first', header: 'First seen', render: (p) => fmtDate(p.firstSeenAt) },
  { key: 'last', header: 'Last seen', render: (p) => fmtDate(p.lastSeenAt) },
  {
    key: 'ack',
    header: 'Current policy',
    render: (p) => (p.acceptedCurrentPolicy ? 'Accepted' : <Badge tone="flag">Not accepted</Badge>),
  },
];

const REGISTRATION_COLUMNS: Column<Registration>[] = [
  { key: 'person', header: 'Person', render: (r) => r.person },
  {
    key: 'purpose',
    header: 'Purpose',
    render: (r) => (
      <>
        {purposeLabel(r.purposeCategory)}
        {annex(r.purposeCategory) !== null && (
          <div>
            <Badge tone="flag">{`Possible high-risk use — Annex III ${annex(r.purposeCategory)}`}</Badge>
          </div>
        )}
      </>
    ),
  },
  { key: 'text', header: 'In their words', render: (r) => r.purposeText ?? '—' },
  {
    key: 'data',
    header: 'Data',
    render: (r) => <DataClassesCell classes={r.dataClasses} beyond={r.dataBeyondAllowed} />,
  },
  {
    key: 'people',
    header: 'Affects decisions about people',
    render: (r) => (r.affectsPeople ? 'Yes' : 'No'),
  },
  { key: 'at', header: 'Registered', render: (r) => fmtDate(r.at) },
];

/** Who registered the tool and for what, and who used it. */
export function ToolPeople({ detail }: { detail: ToolDetail }) {
  return (
    <>
      <h2>Registrations</h2>
      <LocalTable
        caption="Registrations"
        columns={REGISTRATION_COLUMNS}
        rows={detail.registrations}
        rowKey={(r) => `${r.person}-${r.at}`}
        empty="Nobody registered their use yet."
      />
      <h2>People</h2>
      <LocalTable
        caption="People using this tool"
        columns={PEOPLE_COLUMNS}
        rows={detail.people}
        rowKey={(p) => p.userId}
        empty="Nobody used it yet."
      />
    </>
  );
}
