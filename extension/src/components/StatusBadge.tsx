import type { ToolStatus } from '@lantern/shared';
import { STATUS_LABELS } from './status';

export function StatusBadge({ status }: { status: ToolStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
