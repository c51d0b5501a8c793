import { useQuery } from '@tanstack/react-query';
import { PURPOSES, type PurposeCategory } from '@lantern/shared';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { DataClassesCell } from '../components/DataBeyondMark';
import { Badge } from '../components/Badges';
import { PersonLiteracy } from './literacy/PersonLiteracy';
import { ErasePerson } from '../components/ErasePerson';
import { Exceptions } from '../components/Exceptions';
import type { Column } from '../components/DataTable';
import { ErrorNotice, Loading } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LocalTable } from '../components/LocalTable';
import { fmtDate, fmtDateTime } from '../format';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../location';
import { BypassSection } from './bypasses/BypassSection';

type Detail = Awaited<ReturnType<typeof api.admin.inventory.user.query>>;

const toolIdsOf = (d: Detail | undefined): string[] =>
  d
    ? [
        ...d.tools.map((t) => t.toolId),
        ...d.registrations.map((r) => r.toolId),
        ...d.acknowledgements.flatMap((a) => a.toolId ?? []),
        ...d.requests.map((r) => r.tool_id),
      ]
    : [];

/** One person: the AI tools they use, what they registered, which policy versions they accepted. */
export function UserPage({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.admin.inventory.user.queryOptions({ userId }));
  const toolName = useToolNames(toolIdsOf(detail.data));
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <Loading what="Loading the person" />;
  const d = detail.data;
  const tool = (id: string | null) => (id ? <a href={href(['tools', id])}>{toolName(id)}</a> : '—');

  const tools: Column<Detail['tools'][number]>[] = [
    { key: 'tool', header: 'Tool', render: (t) => tool(t.toolId) },
    { key: 'first', header: 'First seen', render: (t) => fmtDate(t.firstSeenAt) },
    { key: 'last', header: 'Last seen', render: (t) => fmtDate(t.lastSeenAt) },
  ];
  const registrations: Column<Detail['registrations'][number]>[] = [
    { key: 'tool', header: 'Tool', render: (r) => tool(r.toolId) },
    {
      key: 'purpose',
      header: 'Purpose',
      render: (r) =>
        r.purposeCategory
          ? (PURPOSES[r.purposeCategory as PurposeCategory]?.label ?? r.purposeCategory)
          : '—',
    },
    { key: 'text', header: 'In their words', render: (r) => r.purposeText ?? '—' },
    {
      key: 'data',
      header: 'Data',
      render: (r) => <DataClassesCell classes={r.dataClasses} beyond={r.dataBeyondAllowed} />,
    },
    { key: 'state', header: 'State', render: (r) => (r.withdrawn ? <Badge>Withdrawn</Badge> : 'Current') },
    { key: 'at', header: 'When', render: (r) => fmtDate(r.at) },
  ];
  const acks: Column<Detail['acknowledgements'][number]>[] = [
    { key: 'v', header: 'Policy version', render: (a) => `v${a.policyVersion}` },
    {
      key: 'tool',
      header: 'Tool conditions',
      render: (a) => (a.toolId ? tool(a.toolId) : 'The policy itself'),
    },
    { key: 'at', header: 'Accepted', render: (a) => fmtDateTime(a.at) },
    { key: 'seq', header: 'Chain record', render: (a) => <span className="mono">#{a.seq}</span> },
  ];
  const requests: Column<Detail['requests'][number]>[] = [
    { key: 'tool', header: 'Tool', render: (r) => tool(r.tool_id) },
    { key: 'reason', header: 'Reason', render: (r) => r.reason },
    { key: 'status', header: 'Answer', render: (r) => `${r.status}${r.note ? ` — ${r.note}` : ''}` },
    { key: 'at', header: 'Asked', render: (r) => fmtDate(r.at) },
  ];

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={href('users')}>People</a> / {d.person}
      </nav>
      <PageHead title={d.person} />
      <h2>AI tools</h2>
      <LocalTable
        caption="Tools this person used"
        columns={tools}
        rows={d.tools}
        rowKey={(t) => t.toolId}
        empty="No AI use seen."
      />
      <h2>Registrations</h2>
      <LocalTable
        caption="Registrations"
        columns={registrations}
        rows={d.registrations}
        rowKey={(r) => `${r.toolId}-${r.at}`}
        empty="No registrations."
      />
      <h2>Policy acceptance</h2>
      <LocalTable
        caption="Acknowledgements"
        columns={acks}
        rows={d.acknowledgements}
        rowKey={(a) => String(a.seq)}
        empty="Has not accepted any policy version."
      />
      <h2>Requests</h2>
      <LocalTable
        caption="Requests"
        columns={requests}
        rows={d.requests}
        rowKey={(r) => r.id}
        empty="No requests."
      />
      <PersonLiteracy userId={userId} />
      <Exceptions userId={userId} />
      <BypassSection userId={userId} />
      <ErasePerson userId={userId} person={d.person} />
    </>
  );
}
