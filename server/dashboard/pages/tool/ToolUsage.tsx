import { PURPOSES, type PurposeCategory } from '@lantern/shared';
import { BarChart } from '../../components/BarChart';
import { LineChart } from '../../components/LineChart';
import { dayRange, fillDays, rollingAverage, shortDay } from './days';
import type { ToolDetail } from './types';

const DATA_LABELS: Record<string, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal',
  'special-category': 'Special category',
};

/** Usage over time and what the tool's registrations say it is used for, and with which data. */
export function ToolUsage({ detail, days, today }: { detail: ToolDetail; days: number; today: string }) {
  const range = dayRange(today, days);
  const labels = range.map(shortDay);
  const purposes = Object.entries(detail.tool.purposes)
    .map(([p, n]) => ({ label: PURPOSES[p as PurposeCategory]?.label ?? p, value: n ?? 0 }))
    .sort((a, b) => b.value - a.value);
  const dataClasses = Object.entries(detail.tool.dataClasses).map(([c, n]) => ({
    label: DATA_LABELS[c] ?? c,
    value: n ?? 0,
  }));
  return (
    <div className="grid grid-2">
      <div className="card">
        <LineChart
          title={`People using it per day, 7-day average (last ${days} days)`}
          labels={labels}
          series={[
            {
              name: 'People',
              values: rollingAverage(
                fillDays(range, detail.usage, (u) => u.users),
                7,
              ),
            },
          ]}
        />
      </div>
      <div className="card">
        <LineChart
          title={`Visits per day, 7-day average (last ${days} days)`}
          labels={labels}
          series={[
            {
              name: 'Visits',
              values: rollingAverage(
                fillDays(range, detail.usage, (u) => u.visits),
                7,
              ),
            },
          ]}
        />
      </div>
      <div className="card">
        <BarChart title="Registered purposes" bars={purposes} />
      </div>
      <div className="card">
        <BarChart title="Data classes registered" bars={dataClasses} />
      </div>
    </div>
  );
}
