import type { api } from '../../api/client';
import { AssuranceBadge } from '../../components/AssuranceBadge';
import { Badge } from '../../components/Badges';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtDateTime } from '../../format';

export type DeviceRow = Awaited<ReturnType<typeof api.admin.devices.list.query>>['rows'][number];

const BROWSERS: Record<string, string> = {
  chrome: 'Chrome',
  edge: 'Edge',
  firefox: 'Firefox',
  other: 'Other',
};

export const browserName = (r: DeviceRow) => BROWSERS[r.browser] ?? r.browser;

/** The device columns; `onRevoke` (writers only) turns an active status into a Revoke button. */
export function deviceColumns(onRevoke?: (r: DeviceRow) => void): Column<DeviceRow>[] {
  return [
    { key: 'person', header: 'Person', render: (r) => r.person },
    {
      key: 'identity',
      header: 'Identity',
      render: (r) => <AssuranceBadge assurance={r.identityAssurance} />,
    },
    {
      key: 'browser',
      header: 'Browser',
      render: (r) => `${browserName(r)} ${r.browserVersion}`,
    },
    { key: 'ext', header: 'Extension', render: (r) => r.extensionVersion },
    { key: 'enrolled', header: 'Enrolled', render: (r) => fmtDate(r.enrolledAt) },
    { key: 'seen', header: 'Last sync', render: (r) => fmtDateTime(r.lastSeenAt) },
    {
      key: 'actions',
      header: 'Status',
      render: (r) =>
        r.revokedAt !== null ? (
          <Badge tone="flag">{`Revoked ${fmtDate(r.revokedAt)}`}</Badge>
        ) : onRevoke ? (
          <button
            type="button"
            className="danger"
            onClick={() => onRevoke(r)}
            aria-label={`Revoke ${browserName(r)} of ${r.person}`}
          >
            Revoke
          </button>
        ) : (
          <Badge>Active</Badge>
        ),
    },
  ];
}
