import { BarChart } from '../components/BarChart';
import { STATUS_LABELS } from '../components/Badges';
import { ErrorNotice, Loading } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { LineChart } from '../components/LineChart';
import { FlaggedTools } from './overview/FlaggedTools';
import { OverviewStats } from './overview/OverviewStats';
import { useOverview } from './overview/useOverview';
import { shortDay } from './tool/days';

/** The state of AI use at a glance; every number links to the list behind it. */
export function OverviewPage() {
  const { error, data } = useOverview();
  if (error) return <ErrorNotice error={error} />;
  const [o, top, flagged, bypasses] = data;
  if (!o || !top || !flagged || !bypasses) return <Loading what="Loading the overview" />;
  const statuses = (['approved', 'conditional', 'review', 'prohibited', 'undecided'] as const).map((s) => ({
    label: s === 'undecided' ? 'Not decided' : STATUS_LABELS[s],
    value: o.statuses[s] ?? 0,
  }));

  return (
    <>
      <PageHead
        title="Overview"
        intro="AI use in the organisation, from what employees' browsers saw and what they registered."
      />
      <OverviewStats o={o} flaggedTotal={flagged.total} bypasses={bypasses} />
      <div className="grid grid-2" style={{ marginTop: '1rem' }}>
        <div className="card">
          <LineChart
            title="Adoption: people using AI tools per week"
            labels={o.adoptionPerWeek.map((w) => shortDay(w.weekStart))}
            series={[{ name: 'Active people', values: o.adoptionPerWeek.map((w) => w.activeUsers) }]}
          />
        </div>
        <div className="card">
          <BarChart
            title="Most used tools (people, 30 days)"
            bars={top.rows.map((r) => ({ label: r.name, value: r.users30d }))}
          />
        </div>
        <div className="card">
          <BarChart title="Tools by decision" bars={statuses} />
        </div>
        <FlaggedTools flagged={flagged} />
      </div>
    </>
  );
}
