import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';
import { fmtDateTime, fmtRelative } from '../../format';

/**
 * When browsers will have a change: each asks for the config version every pull interval, so every
 * online browser has the latest change one interval after it was made (offline ones when they return).
 * A save elsewhere on the page refreshes it (the query client refetches what is on screen after a change).
 */
export function PickupNote() {
  const trpc = useTRPC();
  const status = useQuery(trpc.admin.dashboard.syncStatus.queryOptions());
  const s = status.data;
  if (!s) return null;
  const minutes = Math.max(1, Math.round(s.pullIntervalSeconds / 60));
  const now = Date.now();
  return (
    <span>
      Config version {s.configVersion}. Browsers check every {minutes} min
      {s.everyBrowserBy === null
        ? '.'
        : s.everyBrowserBy > now
          ? `: every online browser has the last change (${fmtDateTime(s.lastChangeAt)}) ${fmtRelative(s.everyBrowserBy, now)}.`
          : `: every online browser has had the last change (${fmtDateTime(s.lastChangeAt)}) since ${fmtDateTime(s.everyBrowserBy)}.`}
    </span>
  );
}
