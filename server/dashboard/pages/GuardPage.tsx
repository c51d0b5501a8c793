import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LocalTable } from '../components/LocalTable';
import { useToolNames } from '../hooks/useToolNames';
import { useCanWrite } from '../session';
import { personColumns, totalColumns } from './guard/columns';
import { GuardFlags } from './guard/GuardFlags';
import { GuardSwitches } from './guard/GuardSwitches';
import { totalsByTool } from './guard/series';
import { WarningsOverTime } from './guard/WarningsOverTime';

/**
 * The on-device data guard: its switches, warnings over time per data class and tool, per person,
 * and the flag that matters most — personal data pasted anyway into a tool not approved for it.
 * Browsers send counts only, so this page can show nothing about what was pasted.
 */
export function GuardPage() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const report = useQuery(trpc.admin.guard.report.queryOptions({ days: 90 }));
  const decisions = useQuery(trpc.admin.decisions.list.queryOptions());
  const r = report.data;
  const ids = [...(r?.series.map((s) => s.toolId) ?? []), ...(decisions.data?.map((d) => d.toolId) ?? [])];
  const name = useToolNames(ids);
  return (
    <>
      <PageHead
        title="Data guard"
        intro="Warnings the browser showed before data reached an AI tool, counted per tool, day and data class. The content never leaves the browser."
      />
      {!canWrite && <ReadOnlyNote />}
      {report.error && <ErrorNotice error={report.error} />}
      {r && <GuardFlags report={r} name={name} />}
      {r && (
        <GuardSwitches
          enabled={r.settings.enabled}
          toolIds={r.settings.toolIds}
          decided={(decisions.data ?? []).map((d) => ({
            toolId: d.toolId,
            name: name(d.toolId),
            allowed: d.allowedDataClasses,
          }))}
          canWrite={canWrite}
        />
      )}
      <WarningsOverTime series={r?.series ?? []} name={name} />
      <LocalTable
        caption="Per tool and data class (90 days)"
        columns={totalColumns(name)}
        rows={totalsByTool(r?.series ?? [])}
        rowKey={(t) => `${t.toolId}|${t.dataClass}`}
        empty="No warnings yet."
      />
      <LocalTable
        caption="Per person (90 days)"
        columns={personColumns(name)}
        rows={r?.people ?? []}
        rowKey={(p) => `${p.person}|${p.toolId}|${p.dataClass}`}
        empty="No warnings yet."
      />
    </>
  );
}
