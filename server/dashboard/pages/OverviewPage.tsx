import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { BarChart } from '../components/BarChart';
import { STATUS_LABELS } from '../components/Badges';
import { ErrorNotice, Loading } from '../components/Feedback';
import { Flags } from '../components/Flags';
import { PageHead } from '../components/Layout';
import { LineChart } from '../components/LineChart';
import { StatCard } from '../components/StatCard';
import { fmtDate, fmtNumber, fmtPercent } from '../format';
import { href } from '../location';
import { shortDay } from './tool/days';

/** The state of AI use at a glance; every number links to the list behind it. */
export function OverviewPage() {
  const trpc = useTRPC();
  // Four calls, one batch (the link batches calls made together).
  const overview = useQuery(trpc.admin.inventory.overview.queryOptions());
  const topQ = useQuery(
    trpc.admin.inventory.tools.queryOptions({ sort: 'users30d', order: 'desc', limit: 8 }),
  );
  const flaggedQ = useQuery(
    trpc.admin.inventory.tools.queryOptions({ flagged: true, sort: 'users', order: 'desc', limit: 6 }),
  );
  const bypassQ = useQuery(trpc.admin.inventory.bypassSummary.queryOptions({ days: 7 }));
  const error = overview.error ?? topQ.error ?? flaggedQ.error ?? bypassQ.error;
  if (error) return <ErrorNotice error={error} />;
  const [o, top, flagged, bypasses] = [overview.data, topQ.data, flaggedQ.data, bypassQ.data];
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
      <div className="grid grid-stats">
        <StatCard
          label="AI tools in use (30 days)"
          value={fmtNumber(o.toolsInUse30d)}
          hint={`${fmtNumber(o.toolsKnown)} in the inventory`}
          to={href('inventory', { sort: 'users30d' })}
        />
        <StatCard
          label="Active people (7 days)"
          value={fmtNumber(o.activeUsers7d)}
          hint={`${fmtNumber(o.activeUsers30d)} in 30 days`}
          to={href('users')}
        />
        <StatCard
          label="Accepted the current policy"
          value={fmtPercent(o.coverage.share)}
          hint={
            o.policy
              ? `${fmtNumber(o.coverage.accepted)} of ${fmtNumber(o.coverage.users)} AI users · v${o.policy.version} of ${fmtDate(o.policy.publishedAt)}`
              : 'No policy published yet'
          }
          to={href('policies')}
        />
        <StatCard label="Open requests" value={fmtNumber(o.openRequests)} to={href('requests')} />
        <StatCard
          label="Tools needing attention"
          value={fmtNumber(flagged.total)}
          hint={`${fmtNumber(o.flaggedTools.sensitiveData)} personal data · ${fmtNumber(o.flaggedTools.annexIII)} Annex III`}
          to={href('inventory', { flagged: 'yes' })}
        />
        <StatCard
          label="Opened with a reason (7 days)"
          value={fmtNumber(bypasses.reasons)}
          hint={`${fmtNumber(bypasses.people)} people · ${fmtNumber(bypasses.tools)} prohibited tools`}
          to={href('bypasses')}
        />
        <StatCard label="Browsers enrolled" value={fmtNumber(o.activeDevices)} to={href('devices')} />
      </div>
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
        <section className="card" aria-labelledby="attention-h">
          <h2 id="attention-h" style={{ marginTop: 0 }}>
            Flags needing attention
          </h2>
          {flagged.rows.length === 0 ? (
            <p className="muted">Nothing flagged.</p>
          ) : (
            <ul className="plain-list">
              {flagged.rows.map((r) => (
                <li key={r.toolId}>
                  <a href={href(['tools', r.toolId])}>{r.name}</a> <Flags flags={r.flags} />
                </li>
              ))}
            </ul>
          )}
          {flagged.total > flagged.rows.length && (
            <a href={href('inventory', { flagged: 'yes' })}>All {fmtNumber(flagged.total)} flagged tools</a>
          )}
        </section>
      </div>
    </>
  );
}
