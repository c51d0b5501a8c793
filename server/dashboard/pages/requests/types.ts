import type { REQUEST_STATUSES } from '@lantern/shared';
import type { api } from '../../api/client';

export type RequestRow = Awaited<ReturnType<typeof api.admin.requests.list.query>>['rows'][number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  denied: 'Denied',
};
