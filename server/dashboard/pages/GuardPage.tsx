import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import type { Column } from '../components/DataTable';
import { ErrorNotice, ReadOnlyNote } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LineChart } from '../components/LineChart';
import { LocalTable } from '../components/LocalTable';
import { useToolNames } from '../hooks/useToolNames';
import { useCanWrite } from '../session';
import { GuardSwitches } from './guard/GuardSwitches';
import { totalsByTool, warningsByClass } from './guard/series';

type Report = Awaited<ReturnType<typeof api.admin.guard.report.query>>;
type Person = Report['people'][number];
type Total = ReturnType<typeof totalsByTool>[number];

/**
 * The on-device data guard: its switches, warnings over time per data class and tool, per person,
 * and the flag that matters most — personal data pasted anyway into a tool not approved for it.
 * Browsers send counts only, so this page can show nothing about what was pasted.
 */
export function GuardPage() {
  const canWrite = useCanWrite();
  const [tool, setTool] = useState<string | null>(null);
  const trpc = useTRPC();
  const report = useQuery(trpc.admin.guard.report.queryOptions({ days: 90 }));
  const decisions = useQuery(trpc.admin.decisions.list.queryOptions());
  const r = report.data;
  const ids = [...(r?.series.map((s) => s.toolId) ?? []), ...(decisions.data?.map((d) => d.toolId) ?? [])];
  const name = useToolNames(ids);
  const chart = warningsByClass(r?.series ?? [], tool);
  const totalColumns: Column<Total>[] = [
    { key: 'tool', header: 'Tool', render: (t) => name(t.toolId) },
    { key: 'class', header: 'Data class', render: (t) => t.dataClass },
    { key: 'w', header: 'Warnings', render: (t) => t.warnings },
    { key: 'p', header: 'Pasted anyway', render: (t) => t.pastedAnyway },
  ];
  const personColumns: Column<Person>[] = [
    { key: 'person', header: 'Person', render: (p) => p.person },
    { key: 'tool', header: 'Tool', render: (p) => name(p.toolId) },
    { key: 'class', header: 'Data class', render: (p) => p.dataClass },
    { key: 'w', header: 'Warnings', render: (p) => p.warnings },
    { key: 'p', header: 'Pasted anyway', render: (p) => p.pastedAnyway },
  ];
  const toolsInSeries = [...new Set(r?.series.map((s) => s.toolId) ?? [])].sort();
  return (
    <>
      <PageHead
        title="Data guard"
        intro="Warnings the browser showed before data reached an AI tool, counted per tool, day and data class. The content never leaves the browser."
      />
      {!canWrite && <ReadOnlyNote />}
      {report.error && <ErrorNotice error={report.error} />}
      {r && r.flags.length > 0 && (
        <section className="card" aria-labelledby="guard-flags">
          <h2 id="guard-flags">Flags</h2>
          <ul>
            {r.flags.map((f) => (
              <li key={f.toolId}>
                <Badge tone="flag">Personal data pasted anyway</Badge> {name(f.toolId)} is not approved for
                personal data{f.status === null ? ' (no decision yet)' : ''}: {f.pastedAnyway} times by{' '}
                {f.people} {f.people === 1 ? 'person' : 'people'} since {r.fromDay}.
              </li>
            ))}
          </ul>
        </section>
      )}
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
      <section className="card" aria-labelledby="guard-time">
        <h2 id="guard-time">Warnings over time</h2>
        <div className="filters">
          <label>
            Tool{' '}
            <select
              value={tool ?? ''}
              onChange={(e) => setTool(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">All tools</option>
              {toolsInSeries.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <LineChart title="Warnings per day, by data class" labels={chart.labels} series={chart.series} />
      </section>
      <LocalTable
        caption="Per tool and data class (90 days)"
        columns={totalColumns}
        rows={totalsByTool(r?.series ?? [])}
        rowKey={(t) => `${t.toolId}|${t.dataClass}`}
        empty="No warnings yet."
      />
      <LocalTable
        caption="Per person (90 days)"
        columns={personColumns}
        rows={r?.people ?? []}
        rowKey={(p) => `${p.person}|${p.toolId}|${p.dataClass}`}
        empty="No warnings yet."
      />
    </>
  );
}
