import { useState } from 'react';
import { LineChart } from '../../components/LineChart';
import type { GuardReport } from './columns';
import { warningsByClass } from './series';

interface Props {
  series: GuardReport['series'];
  name: (toolId: string) => string;
}

/** Warnings per day by data class, for every tool or the one picked. */
export function WarningsOverTime({ series, name }: Props) {
  const [tool, setTool] = useState<string | null>(null);
  const chart = warningsByClass(series, tool);
  const toolsInSeries = [...new Set(series.map((s) => s.toolId))].sort();
  return (
    <section className="card" aria-labelledby="guard-time">
      <h2 id="guard-time">Warnings over time</h2>
      <div className="filters">
        <label>
          Tool{' '}
          <select value={tool ?? ''} onChange={(e) => setTool(e.target.value === '' ? null : e.target.value)}>
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
  );
}
