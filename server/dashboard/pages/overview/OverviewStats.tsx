import { StatCard } from '../../components/StatCard';
import { fmtDate, fmtNumber, fmtPercent } from '../../format';
import { href } from '../../location';
import type { BypassSummary, Overview } from './useOverview';

interface Props {
  o: Overview;
  flaggedTotal: number;
  bypasses: BypassSummary;
}

/** The headline numbers, each linking to the list behind it. */
export function OverviewStats({ o, flaggedTotal, bypasses }: Props) {
  return (
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
        value={fmtNumber(flaggedTotal)}
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
  );
}
