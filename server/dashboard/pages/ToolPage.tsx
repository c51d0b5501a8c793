import type { Decision } from '@lantern/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { StatusBadge } from '../components/Badges';
import { ErrorNotice, Loading } from '../components/Feedback';
import { Exceptions } from '../components/Exceptions';
import { Flags } from '../components/Flags';
import { PageHead } from '../components/Layout';
import { useToolNames } from '../hooks/useToolNames';
import { href } from '../location';
import { useCanWrite } from '../session';
import { BypassSection } from './bypasses/BypassSection';
import { CatalogOverride } from './tool/CatalogOverride';
import { DecisionEditor } from './tool/DecisionEditor';
import { DecisionSummary } from './tool/DecisionSummary';
import { ToolFacts } from './tool/ToolFacts';
import { ToolPeople } from './tool/ToolPeople';
import { ToolStats } from './tool/ToolStats';
import { ToolUsage } from './tool/ToolUsage';

const DAYS = 90;
const isNotFound = (e: { data?: { code?: string } | null } | null) => e?.data?.code === 'NOT_FOUND';

/** One tool: usage, people, registrations, supplier facts, signals and the decision. */
export function ToolPage({ toolId }: { toolId: string }) {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const detail = useQuery(trpc.admin.inventory.tool.queryOptions({ toolId, days: DAYS }));
  // The tool as the server knows it: an organisation tool, or a catalog tool of the release in use with
  // the organisation's rename (so a tool nobody has used yet still has its name and vendor).
  const known = useQuery(trpc.admin.tools.get.queryOptions({ ids: [toolId] }));
  const tool = known.data?.[0];
  const notFound = isNotFound(detail.error);
  const d = detail.data;
  const toolName = useToolNames((d?.decisionHistory ?? []).flatMap((h) => h.alternativeToolId ?? []));
  const current: Decision | null = d && d.tool.status !== 'undecided' ? (d.decisionHistory[0] ?? null) : null;
  const name = d?.tool.name ?? tool?.name ?? toolId;

  if (detail.error && !notFound) return <ErrorNotice error={detail.error} />;
  // Only before the first answer: a tool nobody has used answers NOT_FOUND, and TanStack Query
  // forgets that error while it refetches after a change (no data yet: back to pending), which
  // would unmount the page, and the editor that just saved, for the length of the refetch.
  if (!d && !notFound && !detail.isFetched) return <Loading what="Loading the tool" />;
  if (!d && !tool && known.isLoading) return <Loading what="Loading the tool" />;
  if (!d && !tool) return <PageHead title="Unknown tool" intro={`Lantern knows no tool "${toolId}".`} />;

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={href('inventory')}>Inventory</a> / {name}
      </nav>
      <PageHead title={name} intro={tool ? `${tool.vendor}` : undefined}>
        <StatusBadge status={d && d.tool.status !== 'undecided' ? d.tool.status : null} />
        {d && <Flags flags={d.tool.flags} />}
      </PageHead>
      {d ? (
        <>
          <ToolStats tool={d.tool} />
          <h2>Usage</h2>
          <ToolUsage detail={d} days={DAYS} today={new Date().toISOString().slice(0, 10)} />
        </>
      ) : (
        <p className="notice notice-info">
          Nobody has used, registered or requested this tool yet. You can still decide on it in advance.
        </p>
      )}
      <h2>Supplier and signals</h2>
      <ToolFacts toolId={toolId} tool={tool} detail={d} />
      <CatalogOverride toolId={toolId} canWrite={canWrite} />
      <h2>Decision</h2>
      <div className="grid grid-2">
        {canWrite && <DecisionEditor toolId={toolId} toolName={name} current={current} />}
        <DecisionSummary current={current} history={d?.decisionHistory ?? []} toolName={toolName} />
      </div>
      {d && <ToolPeople detail={d} />}
      <Exceptions toolId={toolId} />
      <BypassSection toolId={toolId} />
    </>
  );
}
