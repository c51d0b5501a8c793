import { api } from '../../api/client';
import { fmtDateTime, fmtRelative } from '../../format';
import { useAsync } from '../../hooks/useAsync';

/**
 * When browsers will have a change: each asks for the config version every pull interval, so every
 * online browser has the latest change one interval after it was made (offline ones when they return).
 * `refresh` changes after a save, so the note reloads with the new version.
 */
export function PickupNote({ refresh }: { refresh?: unknown }) {
  const status = useAsync(() => api.admin.dashboard.syncStatus.query(), [refresh]);
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
