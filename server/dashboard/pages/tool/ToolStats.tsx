import { StatCard } from '../../components/StatCard';
import { fmtDate, fmtDuration, fmtNumber, fmtPercent } from '../../format';
import { href } from '../../location';
import type { ToolDetail } from './types';

/** The tool's headline numbers: people, activity, policy acceptance, requests and when it was seen. */
export function ToolStats({ tool: t }: { tool: ToolDetail['tool'] }) {
  return (
    <div className="grid grid-stats">
      <StatCard
        label="People (all time)"
        value={fmtNumber(t.users)}
        hint={`${fmtNumber(t.devices)} browsers`}
      />
      <StatCard
        label="Active, last 7 days"
        value={fmtNumber(t.users7d)}
        hint={`${fmtNumber(t.users30d)} in 30 days`}
      />
      <StatCard
        label="Visits, last 30 days"
        value={fmtNumber(t.visits30d)}
        hint={`${fmtDuration(t.activeSeconds30d)} active`}
      />
      <StatCard
        label="Accepted current policy"
        value={fmtPercent(t.coverage)}
        hint={`${fmtNumber(t.acknowledged)} of ${fmtNumber(t.users)} people`}
      />
      <StatCard label="Pending requests" value={fmtNumber(t.pendingRequests)} to={href('requests')} />
      <StatCard label="Seen" value={fmtDate(t.lastSeenAt)} hint={`first ${fmtDate(t.firstSeenAt)}`} />
    </div>
  );
}
