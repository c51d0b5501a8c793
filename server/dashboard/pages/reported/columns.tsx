import type { ReactNode } from 'react';
import type { api } from '../../api/client';
import type { Column } from '../../components/DataTable';
import { fmtDate } from '../../format';

export type ReportRow = Awaited<ReturnType<typeof api.admin.reports.list.query>>['rows'][number];
export const STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type ReportStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<ReportStatus, string> = {
  open: 'To review',
  accepted: 'Accepted',
  dismissed: 'Dismissed',
};

/** The report columns; `review` renders the Review column. */
export function reportColumns(review: (r: ReportRow) => ReactNode): Column<ReportRow>[] {
  return [
    { key: 'name', header: 'Reported name', render: (r) => r.name },
    {
      key: 'hostname',
      header: 'Hostname',
      render: (r) => r.hostname ?? <span className="muted">none given</span>,
    },
    { key: 'people', header: 'People', render: (r) => r.people },
    {
      key: 'who',
      header: 'Reported by',
      render: (r) =>
        r.reporters.join(', ') +
        (r.people > r.reporters.length ? ` and ${r.people - r.reporters.length} more` : ''),
    },
    { key: 'first', header: 'First reported', render: (r) => fmtDate(r.firstReportedAt) },
    { key: 'last', header: 'Last reported', render: (r) => fmtDate(r.lastReportedAt) },
    { key: 'status', header: 'Review', render: review },
  ];
}
