import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { PersonLiteracy } from './literacy/PersonLiteracy';
import { ErasePerson } from '../components/ErasePerson';
import { Exceptions } from '../components/Exceptions';
import { ErrorNotice, Loading } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LocalTable } from '../components/LocalTable';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../location';
import { BypassSection } from './bypasses/BypassSection';
import { ackColumns, registrationColumns, requestColumns, toolColumns, type Detail } from './user/columns';

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

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={href('users')}>People</a> / {d.person}
      </nav>
      <PageHead title={d.person} />
      <h2>AI tools</h2>
      <LocalTable
        caption="Tools this person used"
        columns={toolColumns(tool)}
        rows={d.tools}
        rowKey={(t) => t.toolId}
        empty="No AI use seen."
      />
      <h2>Registrations</h2>
      <LocalTable
        caption="Registrations"
        columns={registrationColumns(tool)}
        rows={d.registrations}
        rowKey={(r) => `${r.toolId}-${r.at}`}
        empty="No registrations."
      />
      <h2>Policy acceptance</h2>
      <LocalTable
        caption="Acknowledgements"
        columns={ackColumns(tool)}
        rows={d.acknowledgements}
        rowKey={(a) => String(a.seq)}
        empty="Has not accepted any policy version."
      />
      <h2>Requests</h2>
      <LocalTable
        caption="Requests"
        columns={requestColumns(tool)}
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
