import type { ToolStatus } from '@lantern/shared';

export const STATUS_LABELS: Record<ToolStatus | 'none', string> = {
  approved: 'Approved',
  conditional: 'Approved with conditions',
  review: 'Under review',
  prohibited: 'Prohibited',
  none: 'Not decided',
};

/** Shorter words for narrow tables; the full label is the badge's tooltip. */
const SHORT_LABELS: Partial<Record<ToolStatus | 'none', string>> = { conditional: 'Conditional' };

/** Status is spelled out in words as well as colour, so it never depends on seeing colour. */
export function StatusBadge({
  status,
  short = false,
}: {
  status: ToolStatus | null | undefined;
  short?: boolean;
}) {
  const key = status ?? 'none';
  const label = (short && SHORT_LABELS[key]) || STATUS_LABELS[key];
  return (
    <span
      className={`badge badge-${status ?? 'neutral'}`}
      title={label === STATUS_LABELS[key] ? undefined : STATUS_LABELS[key]}
    >
      {label}
    </span>
  );
}

export function Badge({
  children,
  tone = 'neutral',
  title,
}: {
  children: string;
  tone?: 'neutral' | 'flag';
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
